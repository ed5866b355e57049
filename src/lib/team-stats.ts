/**
 * Team aggregation of anonymous result scores: per-dimension figures that never expose an
 * individual value. Inputs are score lists (0–100, or null for « not enough answers »).
 */

/** The anonymity threshold: default, and the lowest a facilitator may choose. */
export const DEFAULT_THRESHOLD = 5;
export const MIN_THRESHOLD = 3;

/** A score band as declared by an instrument (inclusive bounds). */
export interface BandRange {
  id: string;
  min: number;
  max: number;
}

export interface DimensionStats {
  /** Respondents with a score on this dimension. */
  n: number;
  /** Mean, one decimal; null when n is 0. */
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** Population standard deviation, one decimal: how much the team disagrees. */
  spread: number | null;
  /** Number of respondents in each band, in the bands' order. */
  bands: { id: string; count: number }[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Returns the median of a non-empty sorted list. */
function medianOf(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Returns the aggregate figures of one dimension from every respondent's score (null = not scored). */
export function dimensionStats(scores: readonly (number | null)[], bands: readonly BandRange[]): DimensionStats {
  const values = scores.filter((s): s is number => s !== null).sort((a, b) => a - b);
  const counts = bands.map((band) => ({ id: band.id, count: values.filter((v) => v >= band.min && v <= band.max).length }));
  if (values.length === 0) return { n: 0, mean: null, median: null, min: null, max: null, spread: null, bands: counts };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((acc, v) => acc + (v - mean) ** 2, 0) / values.length;
  return {
    n: values.length,
    mean: round1(mean),
    median: round1(medianOf(values)),
    min: values[0]!,
    max: values.at(-1)!,
    spread: round1(Math.sqrt(variance)),
    bands: counts,
  };
}

/** Returns the threshold actually applied: the requested one, clamped to [MIN_THRESHOLD, DEFAULT_THRESHOLD]. */
export function effectiveThreshold(requested: number): number {
  if (!Number.isFinite(requested)) return DEFAULT_THRESHOLD;
  return Math.min(DEFAULT_THRESHOLD, Math.max(MIN_THRESHOLD, Math.round(requested)));
}

/** Tells whether a group of `count` distinct codes may be shown under `threshold`. */
export function meetsThreshold(count: number, threshold: number): boolean {
  return count >= effectiveThreshold(threshold);
}

/** Returns the ids of the `k` dimensions with the lowest mean (ties broken by declaration order). */
export function weakest(stats: ReadonlyArray<{ id: string; stats: DimensionStats }>, k = 2): string[] {
  return stats
    .filter((d) => d.stats.mean !== null)
    .map((d, index) => ({ ...d, index }))
    .sort((a, b) => a.stats.mean! - b.stats.mean! || a.index - b.index)
    .slice(0, k)
    .map((d) => d.id);
}

/** Returns the id of the dimension where scores are most spread out, or undefined if none is scored twice. */
export function mostDivided(stats: ReadonlyArray<{ id: string; stats: DimensionStats }>): string | undefined {
  let best: { id: string; spread: number } | undefined;
  for (const d of stats) {
    if (d.stats.n < 2 || d.stats.spread === null) continue;
    if (!best || d.stats.spread > best.spread) best = { id: d.id, spread: d.stats.spread };
  }
  return best?.id;
}
