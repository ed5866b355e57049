import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dominantOf, evaluateReadiness, holds, noiseBand, readReadiness, teamFigure, type Figure, type TeamFigures, type TeamMeans } from '../../src/lib/readiness';
import { DEFAULT_DOMINANCE, readinessSchema, type ReadinessCondition } from '../../src/schemas/readiness';
import { random } from '../support/random';

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
    expect(holds({ instrument: 'climat-ethique', dominant: 'respect' }, tie, DEFAULT_DOMINANCE)).toBe(false);
  });
});

describe('dominantOf', () => {
  it('needs at least 60 and a lead of 10 points over every other climate', () => {
    expect(dominantOf(means({}, { respect: 70, regles: 60 }), 'climat-ethique', DEFAULT_DOMINANCE)).toBe('respect');
    expect(dominantOf(means({}, { respect: 70, regles: 60.5 }), 'climat-ethique', DEFAULT_DOMINANCE)).toBeUndefined();
    expect(dominantOf(means({}, { respect: 59.9, regles: 30 }), 'climat-ethique', DEFAULT_DOMINANCE)).toBeUndefined();
    expect(dominantOf(means({}, { respect: 80 }), 'climat-ethique', DEFAULT_DOMINANCE)).toBe('respect');
    expect(dominantOf(new Map(), 'climat-ethique', DEFAULT_DOMINANCE)).toBeUndefined();
  });

  it('reads the thresholds of the rule set', () => {
    expect(dominantOf(means({}, { respect: 52, regles: 47 }), 'climat-ethique', { atLeast: 50, lead: 5 })).toBe('respect');
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
    expect(firing.matched).toEqual([{ instrument: 'climat-ethique', dimension: 'instrumental', atLeast: 60 }]);
  });

  it('recommend collaborative tools in a caring climate', () => {
    expect(evaluateReadiness(rules, means(engaged, climate('respect'))).rule.id).toBe('climat-respect');
  });

  it('recommend process-integrated tools where rules or codes dominate', () => {
    expect(evaluateReadiness(rules, means(engaged, climate('regles'))).rule.id).toBe('climat-regles');
    expect(evaluateReadiness(rules, means(engaged, climate('lois-et-codes'))).rule.id).toBe('climat-regles');
  });

  it('no longer flip on a decimal: two close climates make a mixed profile', () => {
    for (const [respect, regles, instrumental] of [
      [45.1, 45.0, 30],
      [45.0, 45.1, 30],
      [45.0, 45.0, 45.2],
      [66, 60, 30],
    ]) {
      const firing = evaluateReadiness(rules, means(engaged, { respect: respect!, regles: regles!, 'lois-et-codes': 40, independance: 40, instrumental: instrumental! }));
      expect(firing.rule.id).toBe('par-defaut');
    }
  });

  it('never say « ready » when capacity or competence is low', () => {
    expect(evaluateReadiness(rules, means({ ...engaged, capacite: 10 }, climate('respect'))).rule.id).toBe('cadre-a-revoir');
    expect(evaluateReadiness(rules, means({ ...engaged, competence: 45 }, climate('respect'))).rule.id).toBe('competences-d-abord');
  });

  it('say they are the site\'s heuristics, never « the association recommends »', () => {
    for (const rule of rules.rules) {
      expect(rule.rationale).toMatch(/^Heuristique du site/);
      expect(rule.rationale).not.toMatch(/association/i);
    }
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

/**
 * Simulation over random team profiles (a fixed seed, so the figures are reproducible): every rule
 * must fire on a real share of profiles, and moving the means by at most one point may change the
 * rule only across a documented boundary: a threshold of a rule, or the dominance limits
 * (a climate at 60, a lead of 10 points).
 */
describe('the rules over random team profiles', () => {
  const ENGAGEMENT = ['motivation', 'confiance', 'competence', 'capacite', 'culture'];
  const CLIMATES = ['respect', 'regles', 'lois-et-codes', 'independance', 'instrumental'];
  const PROFILES = 20000;

  const next = random(13);
  /** A team mean: uniform between 10 and 90, one decimal, as team means are shown. */
  const mean = () => Math.round((10 + 80 * next()) * 10) / 10;
  const profile = (): Record<string, number>[] => [Object.fromEntries(ENGAGEMENT.map((d) => [d, mean()])), Object.fromEntries(CLIMATES.map((d) => [d, mean()]))];
  const shift = ([e, c]: Record<string, number>[], by: () => number) =>
    [e, c].map((dims) => Object.fromEntries(Object.entries(dims!).map(([d, v]) => [d, v + by()])));
  const toMeans = ([e, c]: Record<string, number>[]) => means(e!, c!);

  /** True when `condition` sits within `margin` points of its boundary for `m` (so a move of one point may cross it). */
  function nearBoundary(condition: ReadinessCondition, m: TeamMeans, margin: number): boolean {
    if ('dominant' in condition) {
      const sorted = [...m.get(condition.instrument)!.values()].sort((a, b) => b - a);
      return Math.abs(sorted[0]! - rules.dominance.atLeast) <= margin || Math.abs(sorted[0]! - sorted[1]! - rules.dominance.lead) <= 2 * margin;
    }
    const figure = teamFigure(m, condition.instrument, condition.dimension)!;
    return Math.abs(figure - (condition.below ?? condition.atLeast)!) <= margin;
  }
  const conditions = rules.rules.flatMap((r) => [...(r.any ?? []), ...(r.all ?? [])]);

  const fired = new Map<string, number>(rules.rules.map((r) => [r.id, 0]));
  let moves = 0;
  let changed = 0;
  const unexplained: string[] = [];
  for (let n = 0; n < PROFILES; n++) {
    const p = profile();
    const before = evaluateReadiness(rules, toMeans(p)).rule.id;
    fired.set(before, fired.get(before)! + 1);
    // Every mean up one point, every mean down one point, and each mean moved independently by −1, 0 or +1.
    for (const by of [() => 1, () => -1, () => Math.floor(next() * 3) - 1]) {
      const q = shift(p, by);
      moves++;
      const after = evaluateReadiness(rules, toMeans(q)).rule.id;
      if (after === before) continue;
      changed++;
      const flipped = conditions.filter((c) => holds(c, toMeans(p), rules.dominance) !== holds(c, toMeans(q), rules.dominance));
      if (flipped.length === 0 || !flipped.every((c) => nearBoundary(c, toMeans(p), 1))) unexplained.push(`${JSON.stringify(p)} : ${before} → ${after}`);
    }
  }

  it('fire every rule, the mixed profile included, on a real share of profiles', () => {
    const shares = Object.fromEntries([...fired].map(([id, count]) => [id, Math.round((count / PROFILES) * 1000) / 10]));
    console.log(`Règles déclenchées sur ${PROFILES} profils (%) :`, shares);
    for (const [id, count] of fired) expect(count / PROFILES, id).toBeGreaterThan(0.005);
    // Once no alert applies, the mixed profile is the most frequent outcome, ahead of each dominant climate.
    expect(fired.get('par-defaut')! / PROFILES).toBeGreaterThan(0.01);
    for (const id of ['climat-respect', 'climat-regles', 'climat-independance']) expect(fired.get('par-defaut')!).toBeGreaterThan(fired.get(id)!);
  });

  it('change the rule on a one-point move only across a documented boundary', () => {
    console.log(`Déplacements d'un point : ${moves}, règle changée : ${changed} (${((changed / moves) * 100).toFixed(2)} %), sans frontière documentée : ${unexplained.length}`);
    expect(unexplained).toEqual([]);
    expect(changed / moves).toBeLessThan(0.1);
  });
});

describe('readReadiness', () => {
  const n = 10;
  const figures = (engagement: Record<string, number | 'few' | 'alike'>, climate: Record<string, number | 'few' | 'alike'> | null): TeamFigures => {
    const dims = (o: Record<string, number | 'few' | 'alike'>) => new Map(Object.entries(o).map(([id, v]): [string, Figure] => [id, typeof v === 'number' ? { mean: v, n } : { hidden: v }]));
    return new Map([['engagement', dims(engagement)], ...(climate ? [['climat-ethique', dims(climate)] as [string, Map<string, Figure>]] : [])]);
  };
  const mixed = { respect: 50, regles: 48, 'lois-et-codes': 52, independance: 45, instrumental: 40 };

  it('gives no verdict when a rule it needs reads a hidden figure, and names it', () => {
    // Engagement is fine; whether the instrumental climate reaches 60 cannot be read.
    const reading = readReadiness(rules, figures(engaged, { ...mixed, instrumental: 'alike' }));
    expect(reading.status).toBe('unreadable');
    expect(reading.rule.id).toBe('climat-instrumental');
    expect(reading.hidden).toEqual([{ instrument: 'climat-ethique', dimension: 'instrumental', reason: 'alike' }]);
  });

  it('names a questionnaire below the threshold as hidden, and gives no verdict that needs it', () => {
    const reading = readReadiness(rules, figures(engaged, null));
    expect(reading).toMatchObject({ status: 'unreadable', rule: { id: 'climat-instrumental' }, hidden: [{ instrument: 'climat-ethique', reason: 'absent' }] });
  });

  it('gives a verdict that does not need the hidden figure, and still names it', () => {
    const low = { motivation: 20, confiance: 25, competence: 40, capacite: 30, culture: 'few' as const };
    const reading = readReadiness(rules, figures(low, { ...mixed, instrumental: 'few' }));
    expect(reading.status).toBe('verdict');
    expect(reading.rule.id).toBe('engagement-faible');
    expect(reading.hidden).toEqual([
      { instrument: 'engagement', dimension: 'culture', reason: 'few' },
      { instrument: 'climat-ethique', dimension: 'instrumental', reason: 'few' },
    ]);
  });

  it('gives the closest boundary, and a firm verdict outside the noise band', () => {
    const reading = readReadiness(rules, figures({ ...engaged, capacite: 38 }, mixed));
    expect(reading).toMatchObject({ status: 'verdict', rule: { id: 'cadre-a-revoir' }, near: false });
    if (reading.status !== 'verdict') return;
    // 38 is 12 points under 50: the noise band of 10 people is 14 / √10 ≈ 4.4 points.
    expect(reading.margin).toMatchObject({ rule: { id: 'cadre-a-revoir' }, points: 12, boundary: 50, figure: 38, band: noiseBand(10, 14) });
    expect(noiseBand(10, 14)).toBe(4.4);
  });

  it('reads « close to the limit » within the noise band of a boundary', () => {
    const reading = readReadiness(rules, figures({ ...engaged, capacite: 48 }, mixed));
    expect(reading).toMatchObject({ status: 'verdict', rule: { id: 'cadre-a-revoir' }, near: true, margin: { points: 2 } });
    // Just above the boundary, the same: the earlier rule is within reach.
    const above = readReadiness(rules, figures({ ...engaged, capacite: 51 }, mixed));
    expect(above).toMatchObject({ status: 'verdict', rule: { id: 'par-defaut' }, near: true, margin: { rule: { id: 'cadre-a-revoir' }, points: 1 } });
  });

  it('narrows the band as the team grows', () => {
    expect([4, 5, 10, 50, 15000].map((k) => noiseBand(k, 14))).toEqual([7, 6.3, 4.4, 2, 0.1]);
  });

  it('agrees with evaluateReadiness when every figure is shown', () => {
    for (const [e, c] of [
      [engaged, climate('respect')],
      [engaged, climate('instrumental')],
      [{ ...engaged, competence: 45 }, mixed],
      [engaged, mixed],
    ] as const) {
      const reading = readReadiness(rules, figures(e, c));
      expect(reading.status === 'verdict' && reading.rule.id).toBe(evaluateReadiness(rules, means(e, c)).rule.id);
    }
  });
});
