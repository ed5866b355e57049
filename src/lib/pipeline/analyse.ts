/**
 * The figures of the pipeline check, from the deals read (`deals.ts`). Every figure is defined in
 * the page's strings (`pipeline.def.*`) exactly as computed here. Pure; dates are day numbers.
 */
import { MEDDICC_FIELDS, type Mapping } from './columns';
import type { Deal } from './deals';
import { monthKey } from './values';

export interface Options {
  /** The day the figures are computed for (past close dates, time in stage, age). */
  today: number;
  /** First and last day of the period studied (inclusive), for win rate, deal size, cycle and forecast. */
  start: number;
  end: number;
  /** Target of the period typed by the manager, or null. */
  target: number | null;
  /** Days in one stage beyond which an open deal is listed as stalled. */
  staleDays: number;
}

export interface Bucket {
  key: string;
  count: number;
  amount: number;
}

export interface Figures {
  deals: number;
  open: { count: number; amount: number };
  /** Sum of amount × probability of open deals; null when no open deal has a probability. */
  weighted: number | null;
  /** Open deals without a probability (left out of the weighted figure). */
  noProbability: number;
  /** Open deals closing in the period. */
  openInPeriod: { count: number; amount: number };
  won: { count: number; amount: number };
  lost: { count: number; amount: number };
  /** Target left: target − won in period; null without target. */
  remaining: number | null;
  /** Open in period ÷ target left; null without target or when the target is reached. */
  coverage: number | null;
  /** Won ÷ (won + lost), by number of deals closed in the period; null when none closed. */
  winRate: number | null;
  averageWon: number | null;
  /** Mean and median days from creation to close of deals won in the period with a creation date. */
  cycle: { mean: number; median: number; count: number } | null;
  /** Open deals × win rate × average won ÷ mean cycle, per 30 days. */
  velocity: number | null;
  pastClose: { count: number; amount: number };
  /** Open deals in their stage for more than `staleDays`; null when the export says nothing of time in stage. */
  stale: { count: number; amount: number } | null;
  /** Forecast of the period as a range, when the export has forecast categories. */
  forecast: { commit: number; bestCase: number; pipeline: number; low: number; high: number } | null;
  /** Share of open deals with each MEDDICC column filled, for the columns present. */
  meddicc: { field: (typeof MEDDICC_FIELDS)[number]; share: number }[];
  /** Share of open deals with every present MEDDICC column filled; null without MEDDICC columns. */
  meddiccComplete: number | null;
  byStage: Bucket[];
  byMonth: Bucket[];
  /** Open deals by age since creation: 0–30, 31–60, 61–90, 91–180, over 180 days; null without creation dates. */
  aging: Bucket[] | null;
}

export const AGE_BUCKETS = [
  { key: '0-30', max: 30 },
  { key: '31-60', max: 60 },
  { key: '61-90', max: 90 },
  { key: '91-180', max: 180 },
  { key: '181-', max: Infinity },
] as const;

/** Median of a non-empty list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A count and an amount being summed. */
interface Sum {
  count: number;
  amount: number;
}

const add = (b: Sum, amount: number) => {
  b.count++;
  b.amount += amount;
};

const copy = (b: Sum) => ({ count: b.count, amount: b.amount });
const copyBucket = (b: Bucket) => ({ key: b.key, count: b.count, amount: b.amount });

/** Index in `AGE_BUCKETS` of an age in days (the first bucket whose maximum it does not exceed). */
const ageBucket = (age: number) => (age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : age <= 180 ? 3 : 4);

/**
 * The figures of a set of deals computed incrementally: `add` takes the deals a slice at a time (one
 * pass, counters per stage, close month, age bucket), `finish` works the figures out of the counters
 * (cheap: a few divisions and the median of the won deals' cycles). Deals added in any number of
 * slices, in the same order, give exactly the figures of `analyse` on all of them at once: every sum
 * is made in the deals' order. The target is only used by `finish`, so a new target costs no pass.
 */
export interface Tally {
  /** Counts `deals[from..to)`. */
  add(deals: readonly Deal[], from?: number, to?: number): void;
  /** The figures of the deals counted so far, for `target` (null: none). */
  finish(target: number | null): Figures;
}

/** A new tally; `mapping` says which optional columns exist, `options.target` is not used before `finish`. */
export function tally(mapping: Mapping, options: Options): Tally {
  const { today, start, end, staleDays } = options;
  const meddiccPresent = MEDDICC_FIELDS.map((f, i) => [f, i] as const).filter(([f]) => mapping[f] !== undefined);
  const meddiccCounts = meddiccPresent.map(() => 0);
  const allMask = meddiccPresent.reduce((m, [, i]) => m | (1 << i), 0);
  const sum = (): Sum => ({ count: 0, amount: 0 });
  const open = sum();
  const openInPeriod = sum();
  const won = sum();
  const lost = sum();
  const pastClose = sum();
  const stale = sum();
  const forecast = { commit: 0, bestCase: 0, pipeline: 0 };
  let forecastAny = false;
  let complete = 0;
  let weighted = 0;
  let weightedAny = false;
  let noProbability = 0;
  let count = 0;
  const cycles: number[] = [];
  const stages = new Map<string, Bucket>();
  const months = new Map<string, Bucket>();
  /** Close day to its month's bucket: exports repeat the same close dates. */
  const monthOfDay = new Map<number, Bucket>();
  const aging: Bucket[] = AGE_BUCKETS.map((b) => ({ key: b.key, count: 0, amount: 0 }));
  return {
    add(deals, from = 0, to = deals.length) {
      for (let d = from; d < to; d++) {
        const deal = deals[d]!;
        count++;
        const inPeriod = deal.closeDay >= start && deal.closeDay <= end;
        if (deal.status === 'won') {
          if (inPeriod) {
            add(won, deal.amount);
            if (deal.createdDay !== null) cycles.push(deal.closeDay - deal.createdDay);
          }
          continue;
        }
        if (deal.status === 'lost') {
          if (inPeriod) add(lost, deal.amount);
          continue;
        }
        add(open, deal.amount);
        if (inPeriod) add(openInPeriod, deal.amount);
        if (deal.probability === null) noProbability++;
        else {
          weighted += (deal.amount * deal.probability) / 100;
          weightedAny = true;
        }
        if (deal.closeDay < today) add(pastClose, deal.amount);
        const inStage = deal.stageDay !== null ? today - deal.stageDay : deal.daysInStage;
        if (inStage !== null && inStage > staleDays) add(stale, deal.amount);
        if (deal.forecast !== null && inPeriod) {
          forecastAny = true;
          if (deal.forecast !== 'omitted') forecast[deal.forecast] += deal.amount;
        }
        if (meddiccPresent.length > 0) {
          for (let k = 0; k < meddiccPresent.length; k++) if (deal.meddiccBits & (1 << meddiccPresent[k]![1])) meddiccCounts[k]!++;
          if ((deal.meddiccBits & allMask) === allMask) complete++;
        }
        let stage = stages.get(deal.stage);
        if (stage === undefined) stages.set(deal.stage, (stage = { key: deal.stage, count: 0, amount: 0 }));
        add(stage, deal.amount);
        let month = monthOfDay.get(deal.closeDay);
        if (month === undefined) {
          const key = monthKey(deal.closeDay);
          month = months.get(key);
          if (month === undefined) months.set(key, (month = { key, count: 0, amount: 0 }));
          monthOfDay.set(deal.closeDay, month);
        }
        add(month, deal.amount);
        if (deal.createdDay !== null) add(aging[ageBucket(today - deal.createdDay)]!, deal.amount);
      }
    },
    finish(target) {
      const closed = won.count + lost.count;
      const winRate = closed > 0 ? won.count / closed : null;
      const averageWon = won.count > 0 ? won.amount / won.count : null;
      const cycle = cycles.length > 0 ? { mean: cycles.reduce((a, b) => a + b, 0) / cycles.length, median: median(cycles), count: cycles.length } : null;
      const remaining = target === null ? null : target - won.amount;
      return {
        deals: count,
        open: copy(open),
        weighted: weightedAny ? weighted : null,
        noProbability,
        openInPeriod: copy(openInPeriod),
        won: copy(won),
        lost: copy(lost),
        remaining,
        coverage: remaining !== null && remaining > 0 ? openInPeriod.amount / remaining : null,
        winRate,
        averageWon,
        cycle,
        velocity: winRate !== null && averageWon !== null && cycle !== null && cycle.mean > 0 ? ((open.count * winRate * averageWon) / cycle.mean) * 30 : null,
        pastClose: copy(pastClose),
        stale: mapping.stageDate !== undefined || mapping.daysInStage !== undefined ? copy(stale) : null,
        forecast: mapping.forecast !== undefined && forecastAny ? { ...forecast, low: won.amount + forecast.commit, high: won.amount + forecast.commit + forecast.bestCase } : null,
        meddicc: meddiccPresent.map(([field], k) => ({ field, share: open.count > 0 ? meddiccCounts[k]! / open.count : 0 })),
        meddiccComplete: meddiccPresent.length > 0 && open.count > 0 ? complete / open.count : null,
        byStage: [...stages.values()].map(copyBucket),
        byMonth: [...months.values()].map(copyBucket).sort((a, b) => a.key.localeCompare(b.key)),
        aging: mapping.createdDate !== undefined ? aging.map(copyBucket) : null,
      };
    },
  };
}

/** Figures per salesperson, counted incrementally like `tally`: one tally per owner name, fed in the deals' order. */
export interface OwnerTally {
  add(deals: readonly Deal[], from?: number, to?: number): void;
  /** Figures per owner name, sorted by name, without target (a target is the team's). */
  finish(): { owner: string; figures: Figures }[];
}

export function ownerTally(mapping: Mapping, options: Options): OwnerTally {
  const owners = new Map<string, Tally>();
  return {
    add(deals, from = 0, to = deals.length) {
      for (let d = from; d < to; d++) {
        const owner = deals[d]!.owner;
        let t = owners.get(owner);
        if (t === undefined) owners.set(owner, (t = tally(mapping, options)));
        t.add(deals, d, d + 1);
      }
    },
    finish: () => [...owners.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([owner, t]) => ({ owner, figures: t.finish(null) })),
  };
}

/** Returns the figures of `deals` for `options` at once; `mapping` says which optional columns exist. */
export function analyse(deals: readonly Deal[], mapping: Mapping, options: Options): Figures {
  const counted = tally(mapping, options);
  counted.add(deals);
  return counted.finish(options.target);
}

/** Figures per salesperson (for one-to-ones, shown only on request), by owner name, sorted by name. */
export function analyseByOwner(deals: readonly Deal[], mapping: Mapping, options: Options): { owner: string; figures: Figures }[] {
  const counted = ownerTally(mapping, options);
  counted.add(deals);
  return counted.finish();
}
