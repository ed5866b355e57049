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

/** Index in `AGE_BUCKETS` of an age in days (the first bucket whose maximum it does not exceed). */
const ageBucket = (age: number) => (age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : age <= 180 ? 3 : 4);

/**
 * The figures of a set of deals computed incrementally: `add` takes the deals a slice at a time (one
 * pass, counters per stage, close month, age bucket), `finish` works the figures out of the counters
 * (cheap: a few divisions and the median of the won deals' cycles). Deals added in any number of
 * slices, in the same order, give exactly the figures of `analyse` on all of them at once: every sum
 * is made in the deals' order. The target is only used by `finish`, so a new target costs no pass.
 */
export class Tally {
  deals = 0;
  readonly #options: Options;
  readonly #hasStageTime: boolean;
  readonly #hasCreated: boolean;
  readonly #hasForecast: boolean;
  readonly #meddiccPresent: (readonly [(typeof MEDDICC_FIELDS)[number], number])[];
  readonly #meddiccCounts: number[];
  readonly #allMask: number;
  readonly #open = { count: 0, amount: 0 };
  readonly #openInPeriod = { count: 0, amount: 0 };
  readonly #won = { count: 0, amount: 0 };
  readonly #lost = { count: 0, amount: 0 };
  readonly #pastClose = { count: 0, amount: 0 };
  readonly #stale = { count: 0, amount: 0 };
  readonly #forecast = { commit: 0, bestCase: 0, pipeline: 0 };
  #forecastAny = false;
  #complete = 0;
  #weighted = 0;
  #weightedAny = false;
  #noProbability = 0;
  readonly #cycles: number[] = [];
  readonly #stages = new Map<string, Bucket>();
  readonly #months = new Map<string, Bucket>();
  /** Close day to its month's bucket: exports repeat the same close dates. */
  readonly #monthOfDay = new Map<number, Bucket>();
  readonly #aging: Bucket[] = AGE_BUCKETS.map((b) => ({ key: b.key, count: 0, amount: 0 }));

  /** `mapping` says which optional columns exist; `options.target` is not used before `finish`. */
  constructor(mapping: Mapping, options: Options) {
    this.#options = options;
    this.#hasStageTime = mapping.stageDate !== undefined || mapping.daysInStage !== undefined;
    this.#hasCreated = mapping.createdDate !== undefined;
    this.#hasForecast = mapping.forecast !== undefined;
    this.#meddiccPresent = MEDDICC_FIELDS.map((f, i) => [f, i] as const).filter(([f]) => mapping[f] !== undefined);
    this.#meddiccCounts = this.#meddiccPresent.map(() => 0);
    this.#allMask = this.#meddiccPresent.reduce((m, [, i]) => m | (1 << i), 0);
  }

  /** Counts `deals[from..to)`. */
  add(deals: readonly Deal[], from = 0, to = deals.length): void {
    const { today, start, end, staleDays } = this.#options;
    const meddiccPresent = this.#meddiccPresent;
    const allMask = this.#allMask;
    for (let d = from; d < to; d++) {
      const deal = deals[d]!;
      this.deals++;
      const inPeriod = deal.closeDay >= start && deal.closeDay <= end;
      if (deal.status === 'won') {
        if (inPeriod) {
          add(this.#won, deal.amount);
          if (deal.createdDay !== null) this.#cycles.push(deal.closeDay - deal.createdDay);
        }
        continue;
      }
      if (deal.status === 'lost') {
        if (inPeriod) add(this.#lost, deal.amount);
        continue;
      }
      add(this.#open, deal.amount);
      if (inPeriod) add(this.#openInPeriod, deal.amount);
      if (deal.probability === null) this.#noProbability++;
      else {
        this.#weighted += (deal.amount * deal.probability) / 100;
        this.#weightedAny = true;
      }
      if (deal.closeDay < today) add(this.#pastClose, deal.amount);
      const inStage = deal.stageDay !== null ? today - deal.stageDay : deal.daysInStage;
      if (inStage !== null && inStage > staleDays) add(this.#stale, deal.amount);
      if (deal.forecast !== null && inPeriod) {
        this.#forecastAny = true;
        if (deal.forecast !== 'omitted') this.#forecast[deal.forecast] += deal.amount;
      }
      if (meddiccPresent.length > 0) {
        for (let k = 0; k < meddiccPresent.length; k++) if (deal.meddiccBits & (1 << meddiccPresent[k]![1])) this.#meddiccCounts[k]!++;
        if ((deal.meddiccBits & allMask) === allMask) this.#complete++;
      }
      let stage = this.#stages.get(deal.stage);
      if (stage === undefined) this.#stages.set(deal.stage, (stage = { key: deal.stage, count: 0, amount: 0 }));
      add(stage, deal.amount);
      let month = this.#monthOfDay.get(deal.closeDay);
      if (month === undefined) {
        const key = monthKey(deal.closeDay);
        month = this.#months.get(key);
        if (month === undefined) this.#months.set(key, (month = { key, count: 0, amount: 0 }));
        this.#monthOfDay.set(deal.closeDay, month);
      }
      add(month, deal.amount);
      if (deal.createdDay !== null) add(this.#aging[ageBucket(today - deal.createdDay)]!, deal.amount);
    }
  }

  /** The figures of the deals counted so far, for `target` (null: none). */
  finish(target: number | null): Figures {
    const won = copy(this.#won);
    const lost = copy(this.#lost);
    const open = copy(this.#open);
    const openInPeriod = copy(this.#openInPeriod);
    const cycles = this.#cycles;
    const closed = won.count + lost.count;
    const winRate = closed > 0 ? won.count / closed : null;
    const averageWon = won.count > 0 ? won.amount / won.count : null;
    const cycle = cycles.length > 0 ? { mean: cycles.reduce((a, b) => a + b, 0) / cycles.length, median: median(cycles), count: cycles.length } : null;
    const remaining = target === null ? null : target - won.amount;
    const forecast = this.#forecast;
    const meddiccPresent = this.#meddiccPresent;
    return {
      deals: this.deals,
      open,
      weighted: this.#weightedAny ? this.#weighted : null,
      noProbability: this.#noProbability,
      openInPeriod,
      won,
      lost,
      remaining,
      coverage: remaining !== null && remaining > 0 ? openInPeriod.amount / remaining : null,
      winRate,
      averageWon,
      cycle,
      velocity: winRate !== null && averageWon !== null && cycle !== null && cycle.mean > 0 ? ((open.count * winRate * averageWon) / cycle.mean) * 30 : null,
      pastClose: copy(this.#pastClose),
      stale: this.#hasStageTime ? copy(this.#stale) : null,
      forecast: this.#hasForecast && this.#forecastAny ? { ...forecast, low: won.amount + forecast.commit, high: won.amount + forecast.commit + forecast.bestCase } : null,
      meddicc: meddiccPresent.map(([field], k) => ({ field, share: open.count > 0 ? this.#meddiccCounts[k]! / open.count : 0 })),
      meddiccComplete: meddiccPresent.length > 0 && open.count > 0 ? this.#complete / open.count : null,
      byStage: [...this.#stages.values()].map((b) => ({ ...b })),
      byMonth: [...this.#months.values()].map((b) => ({ ...b })).sort((a, b) => a.key.localeCompare(b.key)),
      aging: this.#hasCreated ? this.#aging.map((b) => ({ ...b })) : null,
    };
  }
}

/**
 * The figures per salesperson counted incrementally, like `Tally`: one tally per owner name, fed in
 * the deals' order, so that each owner's figures are exactly those of `analyse` on their deals.
 */
export class OwnerTally {
  readonly #mapping: Mapping;
  readonly #options: Options;
  readonly #owners = new Map<string, Tally>();

  constructor(mapping: Mapping, options: Options) {
    this.#mapping = mapping;
    this.#options = options;
  }

  /** Counts `deals[from..to)`, each in its owner's tally. */
  add(deals: readonly Deal[], from = 0, to = deals.length): void {
    for (let d = from; d < to; d++) {
      const deal = deals[d]!;
      let tally = this.#owners.get(deal.owner);
      if (tally === undefined) this.#owners.set(deal.owner, (tally = new Tally(this.#mapping, this.#options)));
      tally.add(deals, d, d + 1);
    }
  }

  /** Figures per owner name, sorted by name, without target (a target is the team's). */
  finish(): { owner: string; figures: Figures }[] {
    return [...this.#owners.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([owner, tally]) => ({ owner, figures: tally.finish(null) }));
  }
}

/** Returns the figures of `deals` for `options` at once; `mapping` says which optional columns exist. */
export function analyse(deals: readonly Deal[], mapping: Mapping, options: Options): Figures {
  const tally = new Tally(mapping, options);
  tally.add(deals);
  return tally.finish(options.target);
}

/** Figures per salesperson (for one-to-ones, shown only on request), by owner name, sorted by name. */
export function analyseByOwner(deals: readonly Deal[], mapping: Mapping, options: Options): { owner: string; figures: Figures }[] {
  const tally = new OwnerTally(mapping, options);
  tally.add(deals);
  return tally.finish();
}
