import { describe, expect, it } from 'vitest';
import { instrumentSchema } from '../../src/schemas/instrument';
import { acquiescence } from '../../src/lib/instrument-keying';
import { archivedInstruments } from '../../src/lib/instrument-archive';
import { riskRaised, uniformScores } from '../../src/lib/scoring';
import engagement from '../../content/diagnostics/engagement.json';
import climate from '../../content/diagnostics/climat-ethique.json';
import manager from '../../content/diagnostics/manager-leader.json';
import engagementEn from '../../content/diagnostics/en/engagement.json';
import climateEn from '../../content/diagnostics/en/climat-ethique.json';
import managerEn from '../../content/diagnostics/en/manager-leader.json';

const current = { engagement: instrumentSchema.parse(engagement), 'climat-ethique': instrumentSchema.parse(climate), 'manager-leader': instrumentSchema.parse(manager) };
const english = { engagement: engagementEn, 'climat-ethique': climateEn, 'manager-leader': managerEn };
const archive = archivedInstruments();

describe('acquiescence, computed from the data', () => {
  it.each(Object.entries(current))('%s: agreeing with everything lands every dimension between 40 and 60, with no risk signal', (_, instrument) => {
    for (const answer of [5, 4] as const) {
      const scores = uniformScores(instrument.dimensions, instrument.items, answer);
      for (const score of scores) {
        expect(score).toBeGreaterThanOrEqual(40);
        expect(score).toBeLessThanOrEqual(60);
      }
      if (instrument.results.type === 'profile') {
        const { dimension, from } = instrument.results.risk;
        expect(riskRaised(scores, instrument.dimensions.findIndex((d) => d.id === dimension), from)).toBe(false);
      }
    }
  });

  it('was not true of version 1, whose figures the methodology page shows next to version 2', () => {
    const before = Object.fromEntries(archive.filter((a) => a.version === 1).map((a) => [a.id, acquiescence(a)]));
    const after = Object.fromEntries(Object.entries(current).map(([id, i]) => [id, acquiescence(i)]));
    console.log('Acquiescement (tout « Tout à fait d’accord » / tout « Plutôt d’accord ») :');
    for (const id of Object.keys(current)) {
      for (const [i, b] of before[id]!.entries()) {
        const a = after[id]![i]!;
        console.log(`  ${id} ${b.dimension} : v1 ${b.allTop}/${b.allAgree} (${b.reversed} inversé(s) sur ${b.items}) → v2 ${a.allTop}/${a.allAgree} (${a.reversed} sur ${a.items})`);
      }
    }
    // In version 1, every questionnaire had dimensions that yes-saying pushed above 60.
    for (const id of Object.keys(current)) expect(before[id]!.some((d) => d.allTop! > 60), id).toBe(true);
    // The methodology page says « above 60 in most dimensions » of version 1.
    const all = Object.values(before).flat();
    expect(all.filter((d) => d.allTop! > 60).length / all.length).toBeGreaterThan(0.5);
  });
});

describe('versions 1 and 2, kept to read old codes', () => {
  it.each(Object.entries(current))('%s: archived, with the same dimensions in the same order, and still read', (id, instrument) => {
    for (const version of [1, 2]) {
      const old = archive.find((a) => a.id === id && a.version === version);
      expect(old, `v${version}`).toBeDefined();
      expect(old!.dimensions.map((d) => d.id)).toEqual(instrument.dimensions.map((d) => d.id));
    }
    expect(instrument.version).toBe(3);
    expect(instrument.earlierVersions).toEqual([1, 2]);
  });

  it('every item the review named is reworded in both languages', () => {
    const named: Record<string, string[]> = {
      engagement: ['mot-1', 'mot-3', 'mot-4', 'cap-4', 'cap-5', 'com-4', 'com-5', 'con-4'],
      'climat-ethique': ['reg-3', 'ind-2', 'ins-4', 'loi-4', 'res-3', 'ind-3', 'ins-3'],
      'manager-leader': ['res-2', 'fai-2', 'pro-4', 'sys-3', 'tra-3', 'dev-evaluation', 'cli-3', 'fai-3'],
    };
    for (const [id, ids] of Object.entries(named)) {
      const old = archive.find((a) => a.id === id && a.version === 1)! as unknown as { items: { id: string; text: string }[] };
      const now = current[id as keyof typeof current];
      for (const itemId of ids) {
        const before = old.items.find((i) => i.id === itemId)!.text;
        const after = now.items.find((i) => i.id === itemId)!.text;
        expect(after, `${id}/${itemId}`).not.toBe(before);
      }
    }
  });
});

describe('the wording of version 2', () => {
  it('says the climate referent one way only: every climate item starts with « Chez nous » (English: « Here »)', () => {
    for (const item of current['climat-ethique'].items) expect(item.text, item.id).toMatch(/^Chez nous, /);
    for (const [id, item] of Object.entries(english['climat-ethique'].items)) expect(item.text, id).toMatch(/^Here, /);
  });

  it('has the customer-facing internal process item in capacity', () => {
    const capacity = current.engagement.items.filter((i) => i.dimension === 'capacite').map((i) => i.text);
    expect(capacity.some((text) => /procédures internes/.test(text) && /client/.test(text))).toBe(true);
  });

  it('keeps clear of the wording of well-known proprietary or published scales', () => {
    const phrases = [/best friend/i, /meilleur ami/i, /materials and equipment/i, /what is expected of me/i, /ce qu.on attend de moi/i, /time flies/i, /le temps passe vite/i, /bursting with energy/i, /débord\w* d.énergie/i, /immersed in my work/i, /plongé dans mon travail/i, /my opinions seem to count/i, /do what I do best/i, /recognition or praise/i];
    const texts = [
      ...Object.values(current).flatMap((i) => i.items.map((item) => item.text)),
      ...Object.values(english).flatMap((i) => Object.values(i.items).map((item) => item.text)),
    ];
    for (const text of texts) for (const phrase of phrases) expect(text).not.toMatch(phrase);
  });

  it('writes reverse-keyed items as statements, not negations of a positive one', () => {
    for (const instrument of Object.values(current)) {
      for (const item of instrument.items.filter((i) => i.reverse)) expect(item.text, item.id).not.toMatch(/\bne\b|\bn’/);
    }
  });
});

describe('version 3 (issue 22)', () => {
  const v2 = (id: string) => archive.find((a) => a.id === id && a.version === 2)! as unknown as { items: { id: string; text: string; reverse?: boolean }[] };
  const v2English: Record<string, Record<string, string>> = {
    // The English of version 2 as published, for the items issue 26 found misleading.
    engagement: { 'con-4': "My manager double-checks tasks that I know how to do on my own.", 'com-2': "This year, I adopted a new way of running my customer meetings after trying it out.", 'cul-6': "In my team, a deal that is won gets told as one person's feat." },
    'climat-ethique': { 'ins-3': 'Here, people readily hand a customer over to a colleague who is better placed to serve them, even if it costs them a commission.', 'reg-3': 'Here, few people know what the internal procedures say.' },
    'manager-leader': { 'sys-4': 'I find out what behaviors a target encourages once it is set.', 'ame-3': 'A new method applies to the whole team as soon as it is decided.', 'lea-4': 'My team rarely sees me apply the practices I ask of it.', 'lea-3': 'I act mainly as a relay for instructions that come from senior management.', 'tra-4': "My team's targets are set with no link to those of other departments.", 'fai-4': 'Our sales campaigns follow one another without anyone measuring the effect of the last one.', 'cli-3': 'At the end of a period, my team sometimes closes sales that do little for the customer.' },
  };

  it('rewrites, in French and in English, every item the issue lists', () => {
    const listed: Record<string, string[]> = {
      engagement: ['mot-1', 'mot-6', 'com-2', 'com-3', 'com-4', 'cap-3', 'cap-6', 'cul-5', 'cul-6', 'con-1', 'con-4'],
      'climat-ethique': ['res-2', 'reg-3', 'reg-4', 'loi-3', 'ins-2', 'ins-3', 'ins-4'],
      'manager-leader': ['cli-3', 'lea-1', 'lea-3', 'lea-4', 'res-4', 'sys-1', 'sys-4', 'ame-3', 'fai-4', 'tra-3', 'tra-4', 'dev-formation'],
    };
    for (const [id, ids] of Object.entries(listed)) {
      const now = current[id as keyof typeof current];
      const en = english[id as keyof typeof english].items as Record<string, { text: string }>;
      for (const itemId of ids) {
        expect(now.items.find((i) => i.id === itemId)!.text, `${id}/${itemId}`).not.toBe(v2(id).items.find((i) => i.id === itemId)!.text);
      }
      for (const [itemId, before] of Object.entries(v2English[id] ?? {})) expect(en[itemId]!.text, `${id}/${itemId} (en)`).not.toBe(before);
    }
  });

  it('keys the confidence dimension with a self-confidence item scored positively', () => {
    const con1 = current.engagement.items.find((i) => i.id === 'con-1')!;
    expect(con1.reverse ?? false).toBe(false);
    expect(con1.text).toMatch(/à la hauteur/);
  });

  it('offers « does not apply to my job » only on items about variable pay, a CRM or a sale, and says so in both languages', () => {
    const flagged = Object.values(current).flatMap((i) => i.items.filter((item) => item.notApplicable).map((item) => item.id));
    expect(flagged.sort()).toEqual(['cap-4', 'cap-5', 'ins-4']);
    expect(current.engagement.scale.notApplicable).toBe('Ne s’applique pas à mon poste');
    expect(english.engagement.scale.notApplicable).toBe('Does not apply to my job');
    expect(current['manager-leader'].scale.notApplicable).toBeUndefined();
  });

  it('writes no English reverse-keyed item as a negation (no double negative when disagreeing)', () => {
    for (const [id, instrument] of Object.entries(current)) {
      const en = english[id as keyof typeof english].items as Record<string, { text: string }>;
      for (const item of instrument.items.filter((i) => i.reverse)) expect(en[item.id]!.text, `${id}/${item.id}`).not.toMatch(/\b(not|no|never|rarely|few|without)\b|n't/i);
    }
  });

  it('names the English dimensions for what they measure (not « Confidence » or « Capacity » alone)', () => {
    const names = Object.values(english.engagement.dimensions).flatMap((d) => [d.name, d.shortName]);
    expect(names).not.toContain('Confidence');
    expect(names).not.toContain('Capacity');
  });
});
