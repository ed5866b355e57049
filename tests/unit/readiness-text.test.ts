import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evaluateReadiness, type TeamMeans } from '../../src/lib/readiness';
import { mergeReadinessText } from '../../src/lib/readiness-text';
import { readinessSchema, readinessTextSchema, type ReadinessText } from '../../src/schemas/readiness';
import { thrown } from '../support/thrown';

const FILE = 'content/readiness/en/regles.yaml';
const rawTexts = parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
const base = readinessSchema.parse(parse(readFileSync('content/readiness/regles.yaml', 'utf8')));
const texts = readinessTextSchema.parse(rawTexts);


function mutated(mutate: (t: ReadinessText) => void): string {
  const copy = structuredClone(texts);
  mutate(copy);
  const message = thrown(() => mergeReadinessText(base, copy, FILE));
  expect(message).toContain(FILE);
  return message;
}

describe('the English readiness texts', () => {
  const merged = mergeReadinessText(base, texts, FILE);

  it('cover exactly the rules of the reference', () => {
    expect(Object.keys(texts.rules).sort()).toEqual(base.rules.map((r) => r.id).sort());
  });

  it('merge, keeping the order, conditions, verdicts and version of the reference', () => {
    expect(merged.version).toBe(base.version);
    expect(merged.rules.map(({ id, any, all, verdict }) => ({ id, any, all, verdict }))).toEqual(
      base.rules.map(({ id, any, all, verdict }) => ({ id, any, all, verdict })),
    );
  });

  it('replace every title, rationale and action with the English one', () => {
    merged.rules.forEach((rule, i) => {
      const ref = base.rules[i]!;
      const text = texts.rules[rule.id]!;
      expect(rule.title).toBe(text.title);
      expect(rule.rationale).toBe(text.rationale);
      expect(rule.actions).toEqual(text.actions);
      expect(rule.title, `rule « ${rule.id} » title still in French`).not.toBe(ref.title);
      expect(rule.rationale).not.toBe(ref.rationale);
      rule.actions.forEach((action, a) => expect(action).not.toBe(ref.actions[a]));
    });
  });

  it('leave the reference untouched and give a rule set the reference schema accepts', () => {
    const before = structuredClone(base);
    const again = mergeReadinessText(base, texts, FILE);
    expect(base).toEqual(before);
    expect(() => readinessSchema.parse(again)).not.toThrow();
  });

  it('fire the same rule as the French set for the same team', () => {
    const team = (engagement: number, dominant: string): TeamMeans =>
      new Map([
        ['engagement', new Map(['motivation', 'confiance', 'competence', 'capacite', 'culture'].map((d) => [d, engagement]))],
        ['climat-ethique', new Map(['respect', 'regles', 'lois-et-codes', 'independance', 'instrumental'].map((d) => [d, d === dominant ? 75 : 45]))],
      ]);
    for (const means of [team(30, 'respect'), team(70, 'instrumental'), team(70, 'respect'), team(70, 'regles'), team(70, 'independance'), new Map()]) {
      const fr = evaluateReadiness(base, means);
      const en = evaluateReadiness(merged, means);
      expect(en.rule.id).toBe(fr.rule.id);
      expect(en.rule.title).toBe(texts.rules[fr.rule.id]!.title);
    }
  });
});

describe('a mutated readiness overlay fails, naming the file and the field', () => {
  const first = base.rules[0]!.id;
  const last = base.rules.at(-1)!.id;

  it('a rule without text', () => {
    expect(mutated((t) => delete t.rules[last])).toContain(`rules.${last} : absent de la traduction`);
  });

  it('a text for a rule the reference does not have', () => {
    const message = mutated((t) => (t.rules['regle-fantome'] = structuredClone(t.rules[first]!)));
    expect(message).toContain('rules.regle-fantome : absent de la version de référence');
  });

  it('an action more or less', () => {
    const refCount = base.rules[0]!.actions.length;
    const message = mutated((t) => {
      const actions = t.rules[first]!.actions;
      if (actions.length > 2) actions.pop();
      else actions.push('One more step, added for the test.');
    });
    expect(message).toContain(`rules.${first}.actions : `);
    expect(message).toContain(`élément(s) au lieu de ${refCount}`);
  });

  it('several problems, all listed', () => {
    const message = mutated((t) => {
      delete t.rules[first];
      t.rules['regle-fantome'] = { title: 'A ghost rule', rationale: 'A rationale for a rule that does not exist.', actions: ['First ghost step.', 'Second ghost step.'] };
    });
    expect(message).toContain(`rules.${first} : absent`);
    expect(message).toContain('rules.regle-fantome : absent');
  });
});

describe('readinessTextSchema', () => {
  it('refuses structure in the overlay (conditions and verdicts live in the reference only)', () => {
    const rules = structuredClone(rawTexts.rules) as Record<string, Record<string, unknown>>;
    rules[Object.keys(rules)[0]!]!.verdict = 'pilot';
    expect(readinessTextSchema.safeParse({ rules }).success).toBe(false);
    expect(readinessTextSchema.safeParse({ ...rawTexts, version: 1 }).success).toBe(false);
  });
});
