/**
 * The enablement-readiness synthesis: evaluates the rules of `content/readiness/` against the
 * team means and returns the first rule that holds, with the conditions that made it hold.
 */
import type { Dominance, Readiness, ReadinessCondition, ReadinessRule } from '../schemas/readiness';

/** Team means: instrument id → dimension id → mean (0–100); missing dimensions are not scored. */
export type TeamMeans = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface Firing {
  rule: ReadinessRule;
  /** The conditions that held (empty for the default rule). */
  matched: ReadinessCondition[];
}

/** Returns the mean of a dimension, or `overall` as the mean of the instrument's dimension means. */
export function teamFigure(means: TeamMeans, instrument: string, dimension: string): number | undefined {
  const dims = means.get(instrument);
  if (!dims || dims.size === 0) return undefined;
  if (dimension !== 'overall') return dims.get(dimension);
  const values = [...dims.values()];
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Returns the dimension of `instrument` that dominates, or undefined when none does (a « mixed »
 * profile): its mean is at least `dominance.atLeast` and ahead of every other by `dominance.lead`.
 * Two close climates never make a dominant one, so a decimal cannot flip the synthesis.
 */
export function dominantOf(means: TeamMeans, instrument: string, dominance: Dominance): string | undefined {
  const dims = [...(means.get(instrument) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = dims;
  if (!first || first[1] < dominance.atLeast) return undefined;
  return !second || first[1] - second[1] >= dominance.lead ? first[0] : undefined;
}

/** Tells whether one condition holds for these means; an unknown figure never holds. */
export function holds(condition: ReadinessCondition, means: TeamMeans, dominance: Dominance): boolean {
  if ('dominant' in condition) return dominantOf(means, condition.instrument, dominance) === condition.dominant;
  const figure = teamFigure(means, condition.instrument, condition.dimension);
  if (figure === undefined) return false;
  if (condition.below !== undefined) return figure < condition.below;
  return figure >= (condition.atLeast ?? 0);
}

/** Returns the first rule whose conditions hold; the set's last rule is the default. */
export function evaluateReadiness(readiness: Readiness, means: TeamMeans): Firing {
  for (const rule of readiness.rules) {
    if (rule.all) {
      if (rule.all.every((c) => holds(c, means, readiness.dominance))) return { rule, matched: rule.all };
    } else if (rule.any) {
      const matched = rule.any.filter((c) => holds(c, means, readiness.dominance));
      if (matched.length > 0) return { rule, matched };
    } else {
      return { rule, matched: [] };
    }
  }
  throw new Error('Le jeu de règles n’a pas de règle par défaut.');
}

/** Why the synthesis cannot read a figure: too few answers, answers too alike, or a questionnaire below the threshold (or absent). */
export type HiddenReason = 'few' | 'alike' | 'absent';

/** One figure of the team as the synthesis reads it: a rounded mean and how many scored it, or why it is hidden. */
export type Figure = { mean: number; n: number } | { hidden: Exclude<HiddenReason, 'absent'> };

/** Team figures: instrument id → dimension id → figure. An instrument missing from the map is below the threshold. */
export type TeamFigures = ReadonlyMap<string, ReadonlyMap<string, Figure>>;

/** A figure a rule needs and cannot read. */
export interface HiddenInput {
  instrument: string;
  /** Dimension id, `overall` never (its hidden parts are listed instead). */
  dimension?: string;
  reason: HiddenReason;
}

/** How close the team stands to a boundary that would change the synthesis. */
export interface Margin {
  /** The condition whose boundary is the closest. */
  condition: ReadinessCondition;
  /** The rule it belongs to. */
  rule: ReadinessRule;
  /** Points between the team's figure and the boundary. */
  points: number;
  /** The boundary (a threshold, or for dominance the lead required). */
  boundary: number;
  /** The figure read against the boundary (a mean, or for dominance the lead of the first climate over the second). */
  figure: number;
  /** Half-width of the noise band for this figure, in points (`noiseBand`). */
  band: number;
}

/**
 * What the synthesis says: a verdict (with the closest boundary and whether the team is within the
 * noise band of it: `near`), or none because a rule it needs reads a hidden figure. Either way,
 * `hidden` lists every figure the rules read that is hidden.
 */
export type Reading =
  | { status: 'verdict'; rule: ReadinessRule; matched: ReadinessCondition[]; margin: Margin | null; near: boolean; hidden: HiddenInput[] }
  | { status: 'unreadable'; rule: ReadinessRule; hidden: HiddenInput[]; blocking: HiddenInput[] };

/**
 * Answer noise of one person's dimension score, in points, used for the noise band of a team mean:
 * `noiseBand(n) = spread / √n`. Calibrated by simulation (tests/unit/readiness-noise.test.ts).
 */
export const DEFAULT_NOISE_SPREAD = 14;

/** Returns the half-width, in points, of the band within which `n` people's mean moves with answer noise alone. */
export function noiseBand(n: number, spread: number = DEFAULT_NOISE_SPREAD): number {
  return n > 0 ? Math.round((spread / Math.sqrt(n)) * 10) / 10 : Infinity;
}

type Read = { value: number; n: number } | { hidden: HiddenInput[] };

/** Reads a dimension (or `overall`: mean of every dimension mean, needing them all) of an instrument. */
function readFigure(figures: TeamFigures, instrument: string, dimension: string): Read {
  const dims = figures.get(instrument);
  if (!dims || dims.size === 0) return { hidden: [{ instrument, reason: 'absent' }] };
  const parts = dimension === 'overall' ? [...dims.entries()] : [[dimension, dims.get(dimension)] as const];
  const hidden: HiddenInput[] = [];
  const shown: { mean: number; n: number }[] = [];
  for (const [id, f] of parts) {
    if (!f) hidden.push({ instrument, dimension: id, reason: 'absent' });
    else if ('hidden' in f) hidden.push({ instrument, dimension: id, reason: f.hidden });
    else shown.push(f);
  }
  if (hidden.length > 0) return { hidden };
  return { value: shown.reduce((a, f) => a + f.mean, 0) / shown.length, n: Math.min(...shown.map((f) => f.n)) };
}

/** A condition read: whether it holds, how far its figure is from flipping it, and the noise band of that figure. */
type Check = { holds: boolean; points: number; boundary: number; figure: number; band: number } | { hidden: HiddenInput[] };

function check(condition: ReadinessCondition, figures: TeamFigures, dominance: Dominance, spread: number): Check {
  if ('dominant' in condition) {
    const read = readFigure(figures, condition.instrument, 'overall');
    if ('hidden' in read) return read;
    const dims = [...figures.get(condition.instrument)!.entries()].map(([id, f]) => ({ id, ...(f as { mean: number; n: number }) }));
    const own = dims.find((d) => d.id === condition.dominant);
    if (!own) return { hidden: [{ instrument: condition.instrument, dimension: condition.dominant, reason: 'absent' }] };
    const others = dims.filter((d) => d.id !== condition.dominant);
    const next = others.length ? Math.max(...others.map((d) => d.mean)) : -Infinity;
    const lead = own.mean - next;
    const holds = own.mean >= dominance.atLeast && lead >= dominance.lead;
    // How far one of the two means must move for dominance to start or stop.
    const points = holds ? Math.min(own.mean - dominance.atLeast, lead - dominance.lead) : Math.max(dominance.atLeast - own.mean, dominance.lead - lead);
    // A lead is the difference of two noisy means: its noise is √2 times one mean's.
    return { holds, points, boundary: dominance.lead, figure: lead, band: Math.round(noiseBand(read.n, spread) * Math.SQRT2 * 10) / 10 };
  }
  const read = readFigure(figures, condition.instrument, condition.dimension);
  if ('hidden' in read) return read;
  const boundary = condition.below ?? condition.atLeast ?? 0;
  const holds = condition.below !== undefined ? read.value < boundary : read.value >= boundary;
  return { holds, points: Math.abs(read.value - boundary), boundary, figure: read.value, band: noiseBand(read.n, spread) };
}

const uniqueHidden = (list: HiddenInput[]) => [...new Map(list.map((h) => [`${h.instrument}/${h.dimension ?? ''}`, h])).values()];

/**
 * Reads the rules against the team's figures. A condition on a hidden figure is unknown: a rule
 * fires only on conditions that can be read; when whether a rule fires depends on an unknown
 * condition, the synthesis gives no verdict (`unreadable`) rather than a different one. With a
 * verdict, `margin` is the closest boundary whose crossing would change it (a condition of an
 * earlier rule starting to hold, or the firing rule ceasing to), and `near` says the team is within
 * the noise band of it.
 */
export function readReadiness(readiness: Readiness, figures: TeamFigures, spread: number = readiness.noise?.spread ?? DEFAULT_NOISE_SPREAD): Reading {
  const dominance = readiness.dominance;
  const hidden: HiddenInput[] = [];
  const candidates: Omit<Margin, 'band'>[] = [];
  const bands = new Map<ReadinessCondition, number>();
  for (const rule of readiness.rules) {
    const conditions = rule.any ?? rule.all ?? [];
    const checks = conditions.map((c) => ({ c, r: check(c, figures, dominance, spread) }));
    for (const { r } of checks) if ('hidden' in r) hidden.push(...r.hidden);
    const known = checks.flatMap(({ c, r }) => ('hidden' in r ? [] : [{ c, ...r }]));
    const unknown = checks.filter(({ r }) => 'hidden' in r).flatMap(({ r }) => ('hidden' in r ? r.hidden : []));
    for (const k of known) bands.set(k.c, k.band);
    const fires = conditions.length === 0 ? true : rule.any ? known.some((k) => k.holds) : unknown.length === 0 && known.every((k) => k.holds);
    const undecided = !fires && unknown.length > 0 && (rule.any ? true : known.every((k) => k.holds));
    if (undecided) {
      // Later rules may read figures that are shown: list every hidden input of the rule set anyway.
      for (const later of readiness.rules.slice(readiness.rules.indexOf(rule) + 1)) {
        for (const c of later.any ?? later.all ?? []) {
          const r = check(c, figures, dominance, spread);
          if ('hidden' in r) hidden.push(...r.hidden);
        }
      }
      return { status: 'unreadable', rule, hidden: uniqueHidden(hidden), blocking: uniqueHidden(unknown) };
    }
    if (fires) {
      const matched = known.filter((k) => k.holds);
      // The firing rule stops: every matched condition of an `any` rule must flip, one of an `all` rule suffices.
      if (matched.length > 0) {
        const pick = rule.any ? matched.reduce((a, b) => (b.points > a.points ? b : a)) : matched.reduce((a, b) => (b.points < a.points ? b : a));
        candidates.push({ condition: pick.c, rule, points: pick.points, boundary: pick.boundary, figure: pick.figure });
      }
      for (const later of readiness.rules.slice(readiness.rules.indexOf(rule) + 1)) {
        for (const c of later.any ?? later.all ?? []) {
          const r = check(c, figures, dominance, spread);
          if ('hidden' in r) hidden.push(...r.hidden);
        }
      }
      const closest = candidates.length ? candidates.reduce((a, b) => (b.points / bands.get(b.condition)! < a.points / bands.get(a.condition)! ? b : a)) : null;
      const margin = closest ? { ...closest, band: bands.get(closest.condition)! } : null;
      return { status: 'verdict', rule, matched: matched.map((k) => k.c), margin, near: margin !== null && margin.points < margin.band, hidden: uniqueHidden(hidden) };
    }
    // The rule does not fire: the closest of its conditions to holding (an `all` rule: the farthest of those that fail).
    const failing = known.filter((k) => !k.holds);
    if (failing.length > 0) {
      const pick = rule.any ? failing.reduce((a, b) => (b.points / b.band < a.points / a.band ? b : a)) : failing.reduce((a, b) => (b.points > a.points ? b : a));
      candidates.push({ condition: pick.c, rule, points: pick.points, boundary: pick.boundary, figure: pick.figure });
    }
  }
  throw new Error('Le jeu de règles n’a pas de règle par défaut.');
}
