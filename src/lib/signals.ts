/**
 * What the individual results may say beyond the scores themselves, and only when the answers
 * can bear it: a response-style notice (yes-saying, no-saying, one same answer throughout), the
 * strongest and weakest dimensions, a profile's risk signal, and a change since an earlier code.
 * Pure; calibrated by simulation in tests/unit/signals-simulation.test.ts (uniformly random
 * respondents and pure yes-sayers over the real questionnaires).
 *
 * Two kinds of noise are guarded against:
 * - the questionnaire's own, stated as an assumption (no validation study exists yet): a mean
 *   inter-item correlation `ASSUMED.interItem` gives a dimension of k items the reliability
 *   r = k·ρ / (1 + (k − 1)·ρ) (Spearman–Brown), and scores spread with `ASSUMED.sd` points. From
 *   them, the reliable-change threshold RCI = 1.96 × SD × √2 × √(1 − r) (Jacobson and Truax);
 * - the respondent's own, read from the answers when they are at hand: how far the scored values
 *   of one dimension scatter around their mean (pooled over dimensions). Random answering scatters
 *   as much within a dimension as between dimensions, so a contrast has to stand out from it.
 */
import { DONT_KNOW, NOT_APPLICABLE, itemValue, type Answers, type Score } from './scoring';

/** The assumptions the thresholds rest on, stated on the methodology page. */
export const ASSUMED = {
  /** Mean correlation between two items of one dimension (an optimistic value for short scales). */
  interItem: 0.4,
  /** Spread (standard deviation) of a dimension's scores across respondents, in points of 0–100. */
  sd: 18.75,
} as const;

/** z for a two-sided 95 % interval. */
const Z95 = 1.96;

/** Raw-answer mean from which answers read as yes-saying. */
export const ACQUIESCENCE_FROM = 3.75;

/** Fewest 1–5 answers before a response style or the respondent's own noise is read. */
const MIN_ANSWERS = 8;

/**
 * How many pooled within-dimension standard errors a contrast needs when answers are at hand.
 * Chosen with the simulation: at 4, uniformly random answers raise each signal for at most about
 * 1.5 % of respondents (3 left the strongest / weakest contrast at 2–9 %, since it compares the
 * highest of five to nine dimensions with the lowest).
 */
export const NOISE_Z = 4;

/** Returns the reliability assumed for a dimension of `items` items (Spearman–Brown of `ASSUMED.interItem`). */
export function assumedReliability(items: number): number {
  const rho = ASSUMED.interItem;
  return (items * rho) / (1 + (items - 1) * rho);
}

/**
 * Returns the reliable-change threshold, in points, of a dimension of `items` items: a change
 * smaller than this cannot be told apart from answer noise (RCI = 1.96 × SD × √2 × √(1 − r), rounded up).
 */
export function reliableChange(items: number): number {
  return Math.ceil(Z95 * ASSUMED.sd * Math.SQRT2 * Math.sqrt(1 - assumedReliability(items)));
}

/** Returns the smallest gap, in points, between two dimensions of `a` and `b` items that stands out from answer noise. */
export function reliableDifference(a: number, b: number): number {
  return Math.ceil(Z95 * ASSUMED.sd * Math.sqrt(2 - assumedReliability(a) - assumedReliability(b)));
}

/** What the response-style check found: agreeing throughout (yes-saying), or one same answer everywhere. */
export type ResponseStyle = 'yes-saying' | 'same-answer';

/** A step or dimension as this module needs it: its items, with their keying. */
export type ItemGroup = readonly { id: string; reverse?: boolean | undefined }[];

/** Returns the 1–5 answers given to `groups`' items, raw (not reversed). */
function rawAnswers(groups: readonly ItemGroup[], answers: Answers): number[] {
  return groups.flat().flatMap((item) => {
    const a = answers[item.id];
    return a === undefined || a === DONT_KNOW || a === NOT_APPLICABLE ? [] : [a];
  });
}

/**
 * Returns the raw-answer mean over every item (about half of each dimension reverse-keyed, so an
 * attentive respondent lands near 3 whatever their scores), or null with fewer than 8 answers.
 */
export function acquiescenceIndex(groups: readonly ItemGroup[], answers: Answers): number | null {
  const raw = rawAnswers(groups, answers);
  return raw.length < MIN_ANSWERS ? null : raw.reduce((s, v) => s + v, 0) / raw.length;
}

/**
 * Returns the response style the answers show, if any: a raw mean of 3.75 or more (yes-saying),
 * or one same answer to every item answered (no-saying gives every dimension 50 and needs no notice). Scores are computed all
 * the same; the results then say that contrasts between dimensions cannot be read.
 */
export function responseStyle(groups: readonly ItemGroup[], answers: Answers): ResponseStyle | null {
  const index = acquiescenceIndex(groups, answers);
  if (index === null) return null;
  if (index >= ACQUIESCENCE_FROM) return 'yes-saying';
  const raw = rawAnswers(groups, answers);
  return raw.every((v) => v === raw[0]) ? 'same-answer' : null;
}

/** The respondent's own answer noise: pooled within-dimension variance of scored values (1–5), and its degrees of freedom. */
export interface AnswerNoise {
  variance: number;
  df: number;
}

/** Returns the scored values (reversed where keyed so) of one group. */
function scoredValues(group: ItemGroup, answers: Answers): number[] {
  return group.flatMap((item) => {
    const v = itemValue(answers[item.id], item.reverse);
    return v === null ? [] : [v];
  });
}

/** Returns the pooled within-dimension variance of the scored values, or null with too few answers to read it. */
export function answerNoise(groups: readonly ItemGroup[], answers: Answers): AnswerNoise | null {
  let ss = 0;
  let df = 0;
  for (const group of groups) {
    const values = scoredValues(group, answers);
    if (values.length < 2) continue;
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    ss += values.reduce((s, v) => s + (v - mean) ** 2, 0);
    df += values.length - 1;
  }
  // A variance of 0 (every dimension answered in one line) is floored at one eighth of a step².
  return df < MIN_ANSWERS ? null : { variance: Math.max(ss / df, 1 / 8), df };
}

/** The answers behind the scores, when the results come from this page (not from a code). */
export interface Evidence {
  groups: readonly ItemGroup[];
  answers: Answers;
}

/** Returns the standard error, in points, of a score on `scored` items given the respondent's noise. */
function ownError(noise: AnswerNoise, scored: number): number {
  return (Math.sqrt(noise.variance / scored) * 100) / 4;
}

/** Returns how many items of group `i` were scored. */
function scoredCount(evidence: Evidence, i: number): number {
  return scoredValues(evidence.groups[i]!, evidence.answers).length;
}

/**
 * Reads the evidence once: null when no answers are at hand (a code), `false` when their style
 * forbids reading contrasts (yes-saying, same answer) or the noise cannot be read.
 */
function readable(evidence: Evidence | null): { evidence: Evidence; noise: AnswerNoise } | null | false {
  if (!evidence) return null;
  let read = readings.get(evidence);
  if (read === undefined) {
    const noise = responseStyle(evidence.groups, evidence.answers) === null ? answerNoise(evidence.groups, evidence.answers) : null;
    read = noise ? { evidence, noise } : false;
    readings.set(evidence, read);
  }
  return read;
}

/** What `readable` found for each evidence object (one results view reads it for every dimension). */
const readings = new WeakMap<Evidence, { evidence: Evidence; noise: AnswerNoise } | false>();

/**
 * Returns the indexes of the highest and lowest scored dimensions (ties together), or null when
 * none stands out: fewer than two scores, a gap under the reliable difference of the two
 * dimensions (`sizes`: items per dimension), a gap that does not stand out from the respondent's
 * own scatter, answers whose style forbids reading contrasts, or no answers at hand (a code only
 * carries scores, and random answers pass the reliable difference most of the time).
 */
export function standOut(scores: readonly Score[], sizes: readonly number[], evidence: Evidence | null = null): { highest: number[]; lowest: number[] } | null {
  const scored = scores.flatMap((s, i) => (s === null ? [] : [{ s, i }]));
  if (scored.length < 2) return null;
  const top = Math.max(...scored.map((x) => x.s));
  const bottom = Math.min(...scored.map((x) => x.s));
  const highest = scored.filter((x) => x.s === top).map((x) => x.i);
  const lowest = scored.filter((x) => x.s === bottom).map((x) => x.i);
  const gap = top - bottom;
  if (gap < reliableDifference(sizes[highest[0]!]!, sizes[lowest[0]!]!)) return null;
  const read = readable(evidence);
  if (!read) return null;
  const se = Math.hypot(ownError(read.noise, scoredCount(read.evidence, highest[0]!)), ownError(read.noise, scoredCount(read.evidence, lowest[0]!)));
  return gap < NOISE_Z * se ? null : { highest, lowest };
}

/**
 * Returns true when a profile's risk dimension (index `index`) reads as a pattern worth talking
 * about: its score reaches `from` and stands above the middle of the scale (50) by more than the
 * respondent's own scatter allows, their answers showing no response style. Never from a code alone.
 */
export function riskPattern(scores: readonly Score[], index: number, from: number, evidence: Evidence | null = null): boolean {
  const score = scores[index];
  if (score === null || score === undefined || score < from) return false;
  const read = readable(evidence);
  if (!read) return false;
  return score - 50 >= NOISE_Z * ownError(read.noise, scoredCount(read.evidence, index));
}

/** A change between an earlier score and the current one, and whether it exceeds the noise. */
export interface ReliableChange {
  delta: number;
  /** Smallest change, in points, that can be told apart from noise for this dimension here. */
  threshold: number;
  /** True when |delta| reaches `threshold`. */
  beyondNoise: boolean;
}

/**
 * Returns the change of dimension `index` (of `items` items) from `before` to `now`, or null
 * unless both are scored. The threshold is the reliable change of the dimension; with the current
 * answers at hand it rises with the respondent's own scatter, and a response style makes every change unreadable.
 */
export function reliableChangeOf(now: Score | undefined, before: Score | undefined, items: number, index: number, evidence: Evidence | null = null): ReliableChange | null {
  if (now === null || now === undefined || before === null || before === undefined) return null;
  const delta = now - before;
  let threshold = reliableChange(items);
  const read = readable(evidence);
  if (read === false) threshold = Infinity;
  else if (read) threshold = Math.max(threshold, Math.ceil(NOISE_Z * Math.SQRT2 * ownError(read.noise, scoredCount(read.evidence, index))));
  return { delta, threshold, beyondNoise: Math.abs(delta) >= threshold };
}
