/**
 * The share link of the pipeline check: totals only, in the page's fragment
 * (`#totaux=v1;start;end;open;count;weighted;…`). No deal, customer or salesperson name can travel
 * in it: the codec only knows numbers and two dates. Pure.
 */
import type { Figures } from './analyse';

/** The totals a link carries; a missing figure is null. */
export interface SharedTotals {
  start: string;
  end: string;
  open: number;
  openCount: number;
  weighted: number | null;
  coverage: number | null;
  winRate: number | null;
  averageWon: number | null;
  cycle: number | null;
  velocity: number | null;
  pastClose: number;
  stale: number | null;
  low: number | null;
  high: number | null;
}

const KEYS = ['open', 'openCount', 'weighted', 'coverage', 'winRate', 'averageWon', 'cycle', 'velocity', 'pastClose', 'stale', 'low', 'high'] as const;
export const SHARE_PARAM = 'totaux';
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The totals of `figures` for the period from `start` to `end` (ISO dates). */
export function totalsOf(figures: Figures, start: string, end: string): SharedTotals {
  return {
    start,
    end,
    open: figures.open.amount,
    openCount: figures.open.count,
    weighted: figures.weighted,
    coverage: figures.coverage,
    winRate: figures.winRate,
    averageWon: figures.averageWon,
    cycle: figures.cycle?.mean ?? null,
    velocity: figures.velocity,
    pastClose: figures.pastClose.count,
    stale: figures.stale?.count ?? null,
    low: figures.forecast?.low ?? null,
    high: figures.forecast?.high ?? null,
  };
}

/** Rounds to 4 significant decimals at most, so that links stay short. */
const num = (n: number | null) => (n === null ? '' : String(Math.round(n * 10_000) / 10_000));

/** The fragment value of `totals`. */
export function encodeTotals(totals: SharedTotals): string {
  return ['v1', totals.start, totals.end, ...KEYS.map((k) => num(totals[k]))].join(';');
}

/** The totals of a fragment value, or null when it is not one this version wrote. */
export function decodeTotals(value: string): SharedTotals | null {
  const [version, start, end, ...rest] = value.split(';');
  if (version !== 'v1' || !ISO.test(start ?? '') || !ISO.test(end ?? '') || rest.length !== KEYS.length) return null;
  const numbers = rest.map((s) => (s === '' ? null : Number(s)));
  if (numbers.some((n) => n !== null && !Number.isFinite(n))) return null;
  if (numbers[0] === null || numbers[1] === null || numbers[8] === null) return null;
  const totals = { start: start!, end: end! } as SharedTotals;
  KEYS.forEach((k, i) => {
    (totals as unknown as Record<string, number | null>)[k] = numbers[i]!;
  });
  return totals;
}
