/**
 * The noise band of the readiness synthesis, calibrated by simulation over the real questionnaires
 * (a fixed seed, so the figures are reproducible).
 *
 * Model of a realistic team: each team has a level per dimension on the 1–5 scale (a general level
 * plus a dimension's own deviation), each person a trait per dimension around the team's level, and
 * each answer is the person's trait plus answer noise (SD 0.7 of a scale step), rounded to 1–5, a
 * reversed item answered the other way round. The same team « answering twice » keeps its people's
 * traits and draws new answer noise. Scores come from the site's own scoring of the real items.
 *
 * The claim checked: when the synthesis gives a firm verdict (not « close to the limit »), the same
 * team answering again gets the same rule at least 95 % of the time; and the band is not so wide
 * that most teams read « close to the limit ».
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { noiseBand, readReadiness, type Figure, type TeamFigures } from '../../src/lib/readiness';
import { readinessSchema } from '../../src/schemas/readiness';
import { instrumentSchema, type Instrument } from '../../src/schemas/instrument';
import { scoreItems, type Answer } from '../../src/lib/scoring';
import { random } from '../support/random';

const rules = readinessSchema.parse(parse(readFileSync('content/readiness/regles.yaml', 'utf8')));
const load = (id: string): Instrument => ({ id, ...instrumentSchema.parse(JSON.parse(readFileSync(`content/diagnostics/${id}.json`, 'utf8'))) }) as Instrument;
const questionnaires = [load('engagement'), load('climat-ethique')];

const next = random(Number(process.env.SEED ?? 2026));
/** A standard normal draw (Box–Muller). */
const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
const clamp = (x: number) => Math.min(5, Math.max(1, Math.round(x)));

const ANSWER_NOISE = 0.7;
const SPREAD = Number(process.env.SPREAD ?? rules.noise?.spread);
type Traits = Map<string, number>[]; // per questionnaire: dimension id → trait

/** A team of `n`: per questionnaire, each person's trait on each dimension. */
function team(n: number): Traits[] {
  const levels = questionnaires.map((q) => {
    const general = 2.2 + 1.8 * next();
    return new Map(q.dimensions.map((d) => [d.id, general + 0.6 * normal()]));
  });
  return Array.from({ length: n }, () => levels.map((level) => new Map([...level].map(([id, l]) => [id, l + 0.5 * normal()]))));
}

/** The team's figures when every person answers once: rounded means of the real scores, and how many scored. */
function answer(people: Traits[]): TeamFigures {
  return new Map(
    questionnaires.map((q, qi) => {
      const scores = people.map((traits) => {
        const answers: Record<string, Answer> = {};
        for (const item of q.items) {
          const x = clamp(traits[qi]!.get(item.dimension)! + ANSWER_NOISE * normal());
          answers[item.id] = (item.reverse ? 6 - x : x) as Answer;
        }
        return q.dimensions.map((d) => scoreItems(q.items.filter((i) => i.dimension === d.id), answers).score);
      });
      const dims = q.dimensions.map((d, di): [string, Figure] => {
        const values = scores.map((s) => s[di]).filter((s): s is number => s !== null);
        return [d.id, { mean: Math.round(values.reduce((a, b) => a + b, 0) / values.length), n: values.length }];
      });
      return [q.id, new Map(dims)];
    }),
  );
}

describe('the noise band of the readiness synthesis', () => {
  const SIZES = [5, 8, 12, 20, 50];
  const TEAMS = 800;
  const stats = SIZES.map((n) => {
    let firm = 0;
    let firmSame = 0;
    let same = 0;
    for (let k = 0; k < TEAMS; k++) {
      const people = team(n);
      const first = readReadiness(rules, answer(people), SPREAD);
      const second = readReadiness(rules, answer(people), SPREAD);
      if (first.status !== 'verdict' || second.status !== 'verdict') throw new Error('every figure is shown in this simulation');
      if (first.rule.id === second.rule.id) same++;
      if (!first.near) {
        firm++;
        if (first.rule.id === second.rule.id) firmSame++;
      }
    }
    return { n, band: noiseBand(n, SPREAD), same: same / TEAMS, firm: firm / TEAMS, firmSame: firmSame / firm };
  });
  console.log('Bande de bruit (simulation) :', stats.map((s) => `n=${s.n} ±${s.band} : même règle ${(s.same * 100).toFixed(0)} %, verdicts fermes ${(s.firm * 100).toFixed(0)} %, dont stables ${(s.firmSame * 100).toFixed(1)} %`));

  it('gives a firm verdict only when answering again keeps it (at least 95 % of the time)', () => {
    for (const s of stats) expect(s.firmSame, `n = ${s.n}`).toBeGreaterThanOrEqual(0.95);
  });

  it('still gives a firm verdict to most teams of 8 or more', () => {
    for (const s of stats.filter((x) => x.n >= 8)) expect(s.firm, `n = ${s.n}`).toBeGreaterThanOrEqual(0.5);
  });

  it('is needed: without it, answering again changes the rule for a real share of small teams', () => {
    expect(stats[0]!.same).toBeLessThan(0.95);
  });
});
