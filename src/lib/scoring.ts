/**
 * Scoring of a self-assessment. Pure: answers and instrument data in, scores out.
 *
 * An answer is 1–5 on the agreement scale, `DONT_KNOW` (0) or, for items that may not apply to
 * someone's job, `NOT_APPLICABLE` (6); neither is ever scored, and an item without an answer counts
 * like `DONT_KNOW`. Reverse-keyed items are scored 6 − x. A dimension's score is the mean of its
 * scored items mapped linearly from 1–5 to 0–100 and rounded; it exists only when at least 75 % of
 * the items that apply (items answered « does not apply » left out) are scored, and at least
 * `MIN_SCORED` of them. Scores are `null` otherwise.
 */

/** The answer that means « I don't know / not concerned »: recorded, never scored. */
export const DONT_KNOW = 0;

/** The answer that means « does not apply to my job » (items flagged `notApplicable` only): recorded, never scored, and the item leaves the count. */
export const NOT_APPLICABLE = 6;

/** Share of a dimension's items that apply that must be scored for the dimension to get a score. */
export const MIN_SCORED_SHARE = 0.75;

/** Fewest scored items behind a score, whatever the share (a dimension left with two items that apply gets none). */
export const MIN_SCORED = 3;

/** A recorded answer: 1–5 on the agreement scale, 0 for « don't know », 6 for « does not apply to my job ». */
export type Answer = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Answers by item id; an absent id is an unanswered item. */
export type Answers = Readonly<Record<string, Answer>>;

/** A dimension score 0–100, or `null` when too few items were scored. */
export type Score = number | null;

/** What scoring needs to know about an item. */
export interface ScoredItem {
  id: string;
  dimension: string;
  /** Reverse-keyed (absent: no). */
  reverse?: boolean | undefined;
}

/** What band lookup needs to know about a band. */
export interface ScoreBand {
  min: number;
  max: number;
}

/** The score of one dimension, with how many of its items counted. */
export interface DimensionScore {
  id: string;
  score: Score;
  /** Items with a 1–5 answer. */
  scored: number;
  /** Items in the dimension that apply (those answered « does not apply » left out). */
  total: number;
}

/** Returns the value an answer scores (6 − x when reverse-keyed), or null for « don't know », « does not apply » and no answer. */
export function itemValue(answer: Answer | undefined, reverse = false): number | null {
  if (answer === undefined || answer === DONT_KNOW || answer === NOT_APPLICABLE) return null;
  return reverse ? 6 - answer : answer;
}

/** Returns a 1–5 value or mean mapped linearly to 0–100 and rounded (1 → 0, 3 → 50, 5 → 100). */
export function toPercent(value: number): number {
  return Math.round(((value - 1) / 4) * 100);
}

/** Returns the score of the dimension made of `items` (all of one dimension) given `answers`. */
export function scoreItems(items: readonly Omit<ScoredItem, 'dimension'>[], answers: Answers): Omit<DimensionScore, 'id'> {
  const values = items.map((item) => itemValue(answers[item.id], item.reverse)).filter((v): v is number => v !== null);
  const total = items.filter((item) => answers[item.id] !== NOT_APPLICABLE).length;
  const enough = total > 0 && values.length / total >= MIN_SCORED_SHARE && values.length >= Math.min(MIN_SCORED, items.length);
  const score = enough ? toPercent(values.reduce((sum, v) => sum + v, 0) / values.length) : null;
  return { score, scored: values.length, total };
}

/** Returns the score of each dimension of `dimensions`, in their order. */
export function scoreDimensions(
  dimensions: readonly { id: string }[],
  items: readonly ScoredItem[],
  answers: Answers,
): DimensionScore[] {
  return dimensions.map(({ id }) => ({
    id,
    ...scoreItems(
      items.filter((item) => item.dimension === id),
      answers,
    ),
  }));
}

/** Returns the overall index (rounded mean of the scores), or null unless every dimension is scored. */
export function overallIndex(scores: readonly Score[]): number | null {
  if (scores.length === 0 || scores.some((s) => s === null)) return null;
  const values = scores as readonly number[];
  return Math.round(values.reduce((sum, s) => sum + s, 0) / values.length);
}

/** Returns the band `score` falls in, or undefined (no score, or bands that do not cover it). */
export function bandOf<B extends ScoreBand>(bands: readonly B[], score: Score): B | undefined {
  if (score === null) return undefined;
  return bands.find((band) => score >= band.min && score <= band.max);
}

/**
 * Smallest difference, in points, that the results treat as meaningful: between two dimensions
 * (strongest and weakest), and between two codes (a change). Below it, one answer moved by one
 * step can explain the gap (one step on one of four items is 6 points), so it is « stable ».
 */
export const MEANINGFUL_GAP = 10;

/**
 * Returns the indexes of the highest and lowest scored dimensions (ties kept together, in order),
 * or null when fewer than two are scored or the highest and lowest differ by less than `gap`
 * points: then none stands out.
 */
export function extremes(scores: readonly Score[], gap = MEANINGFUL_GAP): { highest: number[]; lowest: number[] } | null {
  const scored = scores.flatMap((s, i) => (s === null ? [] : [{ s, i }]));
  if (scored.length < 2) return null;
  const top = Math.max(...scored.map((x) => x.s));
  const bottom = Math.min(...scored.map((x) => x.s));
  if (top - bottom < Math.max(gap, 1)) return null;
  return {
    highest: scored.filter((x) => x.s === top).map((x) => x.i),
    lowest: scored.filter((x) => x.s === bottom).map((x) => x.i),
  };
}

/** Returns true when the score at `index` reaches `from` (a profile's risk signal). */
export function riskRaised(scores: readonly Score[], index: number, from: number): boolean {
  const score = scores[index];
  return score !== null && score !== undefined && score >= from;
}

/** Returns the ids of items that have no answer at all (« don't know » is an answer). */
export function unanswered(items: readonly { id: string }[], answers: Answers): string[] {
  return items.filter((item) => answers[item.id] === undefined).map((item) => item.id);
}

/** A change between an earlier score and the current one: its size, and whether it is too small to mean anything. */
export interface Change {
  delta: number;
  /** True when |delta| < `MEANINGFUL_GAP`. */
  stable: boolean;
}

/** Returns the change from `before` to `now`, or null unless both are scored. */
export function changeOf(now: Score | undefined, before: Score | undefined, gap = MEANINGFUL_GAP): Change | null {
  if (now === null || now === undefined || before === null || before === undefined) return null;
  const delta = now - before;
  return { delta, stable: Math.abs(delta) < gap };
}

/**
 * Returns the indexes of the steps answered « in a straight line »: every item of the step has
 * the same 1–5 answer (at least two items, « don't know » and blanks excluded). The review step
 * mentions them; scores are computed all the same.
 */
export function straightLined(steps: readonly (readonly { id: string }[])[], answers: Answers): number[] {
  return steps.flatMap((items, index) => {
    const values = items.map((item) => answers[item.id]);
    const first = values[0];
    const same = items.length >= 2 && first !== undefined && first !== DONT_KNOW && values.every((v) => v === first);
    return same ? [index] : [];
  });
}

/** Returns the score of every dimension when every item gets the same `answer`: what pure yes-saying (or no-saying) produces. */
export function uniformScores(dimensions: readonly { id: string }[], items: readonly ScoredItem[], answer: Answer): Score[] {
  const answers = Object.fromEntries(items.map((item) => [item.id, answer]));
  return scoreDimensions(dimensions, items, answers).map((d) => d.score);
}
