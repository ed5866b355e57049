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
    const before = Object.fromEntries(archive.map((a) => [a.id, acquiescence(a)]));
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

describe('version 1, kept to read old codes', () => {
  it.each(Object.entries(current))('%s: archived, with the same dimensions in the same order, and still read', (id, instrument) => {
    const old = archive.find((a) => a.id === id && a.version === 1);
    expect(old).toBeDefined();
    expect(old!.dimensions.map((d) => d.id)).toEqual(instrument.dimensions.map((d) => d.id));
    expect(instrument.version).toBe(2);
    expect(instrument.earlierVersions).toEqual([1]);
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
