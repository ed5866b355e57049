import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evaluateReadiness, holds, teamFigure, type TeamMeans } from '../../src/lib/readiness';
import { readinessSchema } from '../../src/schemas/readiness';

const rules = readinessSchema.parse(parse(readFileSync('content/readiness/regles.yaml', 'utf8')));

function means(engagement: Record<string, number>, climate: Record<string, number>): TeamMeans {
  return new Map([
    ['engagement', new Map(Object.entries(engagement))],
    ['climat-ethique', new Map(Object.entries(climate))],
  ]);
}

const engaged = { motivation: 70, confiance: 65, competence: 72, capacite: 60, culture: 68 };
const climate = (dominant: string) =>
  Object.fromEntries(['respect', 'regles', 'lois-et-codes', 'independance', 'instrumental'].map((id) => [id, id === dominant ? 75 : 45]));

describe('teamFigure', () => {
  it('averages the dimension means for overall', () => {
    expect(teamFigure(means({ a: 40, b: 60 }, {}), 'engagement', 'overall')).toBe(50);
  });
  it('is undefined for an instrument without figures', () => {
    expect(teamFigure(new Map(), 'engagement', 'overall')).toBeUndefined();
  });
});

describe('holds', () => {
  it('needs a strictly highest mean for dominance', () => {
    const tie = means({}, { respect: 60, instrumental: 60 });
    expect(holds({ instrument: 'climat-ethique', dominant: 'respect' }, tie)).toBe(false);
  });
});

describe('the rules in content/readiness/regles.yaml', () => {
  it('put management first when engagement is low, whatever the climate', () => {
    const low = { motivation: 30, confiance: 35, competence: 40, capacite: 38, culture: 36 };
    const firing = evaluateReadiness(rules, means(low, climate('respect')));
    expect(firing.rule.id).toBe('engagement-faible');
    expect(firing.rule.verdict).toBe('management-first');
  });

  it('put the climate first when the instrumental climate dominates', () => {
    const firing = evaluateReadiness(rules, means(engaged, climate('instrumental')));
    expect(firing.rule.id).toBe('climat-instrumental');
    expect(firing.matched).toEqual([{ instrument: 'climat-ethique', dominant: 'instrumental' }, { instrument: 'climat-ethique', dimension: 'instrumental', atLeast: 60 }]);
  });

  it('recommend collaborative tools in a caring climate', () => {
    expect(evaluateReadiness(rules, means(engaged, climate('respect'))).rule.id).toBe('climat-respect');
  });

  it('recommend process-integrated tools where rules or codes dominate', () => {
    expect(evaluateReadiness(rules, means(engaged, climate('regles'))).rule.id).toBe('climat-regles');
    expect(evaluateReadiness(rules, means(engaged, climate('lois-et-codes'))).rule.id).toBe('climat-regles');
  });

  it('fall back to a pilot when no climate stands out', () => {
    const flat = { respect: 50, regles: 50, 'lois-et-codes': 50, independance: 50, instrumental: 40 };
    const firing = evaluateReadiness(rules, means(engaged, flat));
    expect(firing.rule.id).toBe('par-defaut');
    expect(firing.matched).toEqual([]);
  });
});

describe('readinessSchema', () => {
  it('requires the last rule to be the default', () => {
    const broken = { version: 1, rules: rules.rules.slice(0, 2) };
    const result = readinessSchema.safeParse(broken);
    expect(result.error?.issues.map((i) => i.message)).toContain('La dernière règle doit être la règle par défaut, sans « any » ni « all ».');
  });
  it('rejects a condition with both bounds', () => {
    const rule = { ...rules.rules[0]!, any: [{ instrument: 'engagement', dimension: 'overall', below: 40, atLeast: 10 }] };
    expect(readinessSchema.safeParse({ version: 1, rules: [rule, rules.rules.at(-1)] }).success).toBe(false);
  });
});
