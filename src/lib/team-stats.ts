/**
 * Team aggregation of anonymous result scores, one dimension at a time. Inputs are score lists
 * (0–100, or null for « not enough answers »); outputs are the only figures the team view shows:
 * the number of respondents, the mean rounded to a whole number and the distribution by band in
 * cells of 0 or at least 3 people (`team-privacy.ts`). Never a minimum, a maximum, a median or a
 * standard deviation: each of those is, or pins down, one person's score in a small team.
 */
import { displayOf, privacyCheck, type Cell } from './team-privacy';

/** The anonymity threshold: default, the lowest a facilitator may choose, and the choices offered. */
export const DEFAULT_THRESHOLD = 5;
export const MIN_THRESHOLD = 4;
export const MAX_THRESHOLD = 50;
export const THRESHOLD_CHOICES = [4, 5, 7, 10] as const;

/** A score band as declared by an instrument (inclusive bounds). */
export interface BandRange {
  min: number;
  max: number;
}

/**
 * The figures of one dimension. `shown`: n, mean and cells are given. `few`: fewer than the
 * threshold scored it. `alike`: the answers are so alike that the figures would pin a score down.
 */
export type DimensionStats =
  | { status: 'shown'; n: number; mean: number; cells: Cell[] }
  | { status: 'few' | 'alike'; n: null; mean: null; cells: null };

/**
 * Returns the figures of one dimension from every respondent's score (null = not scored), given
 * the dimension's `bands`, its score `grid` (`scoreGrid`) and the threshold `k`.
 */
export function dimensionStats(scores: readonly (number | null)[], bands: readonly BandRange[], grid: readonly number[], k: number): DimensionStats {
  const values = scores.filter((s): s is number => s !== null);
  if (values.length < effectiveThreshold(k)) return { status: 'few', n: null, mean: null, cells: null };
  const display = displayOf(values, bands);
  if (!privacyCheck(display, grid, bands)) return { status: 'alike', n: null, mean: null, cells: null };
  return { status: 'shown', ...display };
}

/** Returns the threshold actually applied: the requested one, rounded, never below MIN_THRESHOLD. */
export function effectiveThreshold(requested: number): number {
  if (!Number.isFinite(requested)) return DEFAULT_THRESHOLD;
  return Math.min(MAX_THRESHOLD, Math.max(MIN_THRESHOLD, Math.round(requested)));
}

/** Tells whether a group of `count` distinct codes may be shown under `threshold`. */
export function meetsThreshold(count: number, threshold: number): boolean {
  return count >= effectiveThreshold(threshold);
}

/**
 * Smallest gap, in points, between a team's highest and lowest means for a dimension to be named a
 * weak point: the gap rule of individual results (`MEANINGFUL_GAP` in scoring.ts, 10 points).
 */
export const TEAM_GAP = 10;

/**
 * Returns the ids of the team's weak points: at most `k` shown dimensions, lowest mean first (ties:
 * declaration order), each at least `gap` points below the highest shown mean. Empty when no gap
 * that large exists: then no dimension stands out.
 */
export function weakPoints(stats: ReadonlyArray<{ id: string; stats: DimensionStats }>, gap = TEAM_GAP, k = 2): string[] {
  const shown = stats.flatMap((d) => (d.stats.status === 'shown' ? [d.stats.mean] : []));
  if (shown.length < 2) return [];
  const top = Math.max(...shown);
  return weakest(stats, stats.length).filter((id) => {
    const s = stats.find((d) => d.id === id)!.stats;
    return s.status === 'shown' && top - s.mean >= Math.max(gap, 1);
  }).slice(0, k);
}

/** Returns the ids of the `k` shown dimensions with the lowest rounded mean (ties: declaration order). */
export function weakest(stats: ReadonlyArray<{ id: string; stats: DimensionStats }>, k = 2): string[] {
  return stats
    .flatMap((d, index) => (d.stats.status === 'shown' ? [{ id: d.id, mean: d.stats.mean, index }] : []))
    .sort((a, b) => a.mean - b.mean || a.index - b.index)
    .slice(0, k)
    .map((d) => d.id);
}
