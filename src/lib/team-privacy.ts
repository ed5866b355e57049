/**
 * What the team view may show of one dimension, and the check that it determines nobody's score.
 *
 * A dimension is shown as three figures only: the number of respondents n, the team mean rounded
 * to a whole number, and the distribution by band in « cells » where a band holding 1 or 2 people
 * is merged with a neighbour until every cell holds 0 or at least 3 people.
 *
 * `privacyCheck` considers every set of individual scores (a multiset: nobody's name is attached)
 * that gives exactly the same figures, and for each rank (lowest score, second lowest… highest) the
 * lowest and highest value it can take. The figures are safe when at least `MIN_CONSISTENT_SETS`
 * sets fit them and no rank is pinned to a single value: then no one's score, not even « the lowest
 * score of the team », can be read back. It reasons in linear time (`rankRanges`, `setsLowerBound`),
 * and counts the sets one by one, by dynamic programming over the real score grid (`consistency`),
 * only where that reasoning does not conclude (small teams); 15,000 codes take milliseconds.
 */
import { MIN_SCORED_SHARE, toPercent } from './scoring';

/** Fewest sets of individual scores that must fit what is shown. */
export const MIN_CONSISTENT_SETS = 10;

/** A run of adjacent bands shown as one count (`from` and `to` are band indexes, inclusive). */
export interface Cell {
  from: number;
  to: number;
  count: number;
}

/** What is shown of one dimension of a team. */
export interface DimensionDisplay {
  n: number;
  /** Team mean rounded to a whole number. */
  mean: number;
  cells: Cell[];
}

/** Returns every score a dimension of `items` items can have, ascending (see `scoring.ts`: 75 % rule). */
export function scoreGrid(items: number): number[] {
  const values = new Set<number>();
  for (let scored = Math.ceil(items * MIN_SCORED_SHARE - 1e-9); scored <= items; scored++) {
    if (scored === 0) continue;
    for (let sum = scored; sum <= 5 * scored; sum++) values.add(toPercent(sum / scored));
  }
  return [...values].sort((a, b) => a - b);
}

/**
 * Returns the cells of band counts `counts`: a band holding 1 or 2 people is merged with its
 * emptier neighbour (the left one on a tie), again until every cell holds 0 or at least 3. When one
 * cell would then hold every respondent (five people all « À consolider », or merging that leaves
 * one cell spanning everyone), the band counts say where everyone is: no cell is shown (empty array),
 * only the number of respondents and the rounded mean.
 */
export function bandCells(counts: readonly number[]): Cell[] {
  const cells = counts.map((count, i) => ({ from: i, to: i, count }));
  const total = counts.reduce((a, b) => a + b, 0);
  for (;;) {
    const i = cells.findIndex((c) => c.count === 1 || c.count === 2);
    if (i < 0 || cells.length === 1) return total > 0 && cells.some((c) => c.count === total) ? [] : cells;
    const left = cells[i - 1];
    const right = cells[i + 1];
    const j = !left ? i + 1 : !right ? i - 1 : right.count < left.count ? i + 1 : i - 1;
    const [a, b] = j < i ? [cells[j]!, cells[i]!] : [cells[i]!, cells[j]!];
    cells.splice(Math.min(i, j), 2, { from: a.from, to: b.to, count: a.count + b.count });
  }
}

/** Returns the figures shown of `values` (scores of the respondents who scored the dimension). */
export function displayOf(values: readonly number[], bands: readonly { min: number; max: number }[]): DimensionDisplay {
  const counts = bands.map((b) => values.filter((v) => v >= b.min && v <= b.max).length);
  const sum = values.reduce((a, b) => a + b, 0);
  return { n: values.length, mean: Math.round(sum / values.length), cells: bandCells(counts) };
}

/** Returns the integer sums whose mean over `n` rounds to `mean` (Math.round: halves go up). */
export function sumWindow(n: number, mean: number): [number, number] {
  return [Math.ceil(n * (mean - 0.5) - 1e-9), Math.ceil(n * (mean + 0.5) - 1e-9) - 1];
}

/** Tells whether two lists of cells are the same. */
export function sameCells(a: readonly Cell[], b: readonly Cell[]): boolean {
  return a.length === b.length && a.every((x, i) => x.from === b[i]!.from && x.to === b[i]!.to && x.count === b[i]!.count);
}

/**
 * Returns every band-count vector of `n` people over `bands` bands whose cells equal `cells`, in
 * lexicographic order. Linear in the number of answers, not in n^(bands−1): merging only ever starts
 * from a cell of 1 or 2 people, so two bands of 3 or more never end in the same cell; within a
 * displayed cell every band holds 0, 1 or 2 people but at most one, which holds the rest. The
 * candidates are those, each checked against `bandCells` (empty `cells`: one cell spanning every
 * band holds all n).
 */
export function countVectors(n: number, bands: number, cells: readonly Cell[]): number[][] {
  const spans = cells.length === 0 ? [{ from: 0, to: bands - 1, count: n }] : cells;
  if (spans.reduce((a, c) => a + c.count, 0) !== n || spans[0]?.from !== 0 || spans.at(-1)!.to !== bands - 1) return [];
  if (spans.some((c, i) => c.to < c.from || (i > 0 && c.from !== spans[i - 1]!.to + 1))) return [];
  // Per span, every way its count can sit on its bands under the rule above.
  const options = spans.map(({ from, to, count }) => {
    const width = to - from + 1;
    const found = new Map<string, number[]>();
    const walk = (prefix: number[], free: number) => {
      if (prefix.length === width) {
        const small = prefix.reduce((a, b, i) => (i === free ? a : a + b), 0);
        const parts = free < 0 ? prefix : prefix.map((x, i) => (i === free ? count - small : x));
        if (parts.reduce((a, b) => a + b, 0) === count && (free < 0 || parts[free]! >= 3)) found.set(parts.join(','), parts);
        return;
      }
      for (const x of [0, 1, 2]) walk([...prefix, x], free);
      if (free < 0) walk([...prefix, 0], prefix.length);
    };
    walk([], -1);
    return [...found.values()];
  });
  const out: number[][] = [];
  const combine = (i: number, acc: number[]) => {
    if (i === options.length) {
      if (sameCells(bandCells(acc), cells)) out.push(acc);
      return;
    }
    for (const part of options[i]!) combine(i + 1, [...acc, ...part]);
  };
  combine(0, []);
  return out.sort((a, b) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return 0;
  });
}

export interface Consistency {
  /** Number of sets of individual scores that fit the figures (a float, exact below 2⁵³). */
  sets: number;
  /** Per rank (0 = lowest score), the lowest and highest value it can take; empty when no set fits. */
  ranks: { low: number; high: number }[];
  /** The sets found, when they were found one by one (`witnessCheck`), for the tests to verify. */
  witnesses?: number[][];
}

/**
 * Returns how many multisets of `display.n` scores from `grid` give `display` (same rounded mean,
 * same cells over `bands`), and the range of each rank over them. Dynamic programming over the
 * grid (count taken so far × sum so far), once per band-count vector that yields the same cells.
 */
export function consistency(display: DimensionDisplay, grid: readonly number[], bands: readonly { min: number; max: number }[]): Consistency {
  const { n } = display;
  const [lo, hi] = sumWindow(n, display.mean);
  const inBands = (g: number) => bands.findIndex((b) => g >= b.min && g <= b.max);
  grid = grid.filter((g) => inBands(g) >= 0);
  const table: Table = { grid, bandOf: grid.map(inBands), n, width: hi + 1 };
  let sets = 0;
  const low = new Array<number>(n).fill(Infinity);
  const high = new Array<number>(n).fill(-Infinity);
  if (hi < 0) return { sets: 0, ranks: [] };
  for (const counts of countVectors(n, bands.length, display.cells)) {
    if (counts.some((c, b) => c > 0 && !table.bandOf.includes(b))) continue;
    const limits = bandLimits(counts, table.bandOf);
    const prefix = prefixTables(table, limits);
    const suffix = suffixTables(table, limits);
    const total = windowSum(prefix[grid.length - 1]!, n, table.width, lo, hi);
    if (total === 0) continue;
    sets += total;
    const exact = exactCounts(table, prefix, suffix, lo, hi);
    for (let rank = 0; rank < n; rank++) {
      const [lowest, highest] = rankRange(exact, total, rank);
      if (lowest >= 0) low[rank] = Math.min(low[rank]!, grid[lowest]!);
      if (highest >= 0) high[rank] = Math.max(high[rank]!, grid[highest]!);
    }
  }
  return { sets, ranks: sets === 0 ? [] : low.map((l, i) => ({ low: l, high: high[i]! })) };
}

/** The grid a count runs over: its values, the band of each, the team size and the sums counted (0 to width − 1). */
interface Table {
  grid: readonly number[];
  bandOf: readonly number[];
  n: number;
  width: number;
}

/** For one band-count vector: how many people lie below each band and up to its end, and each band's first and last grid index. */
interface BandLimits {
  before: number[];
  upto: number[];
  first: number[];
  last: number[];
}

function bandLimits(counts: readonly number[], bandOf: readonly number[]): BandLimits {
  const before = counts.map((_, b) => counts.slice(0, b).reduce((x, y) => x + y, 0));
  return {
    before,
    upto: counts.map((c, b) => before[b]! + c),
    first: counts.map((_, b) => bandOf.indexOf(b)),
    last: counts.map((_, b) => bandOf.lastIndexOf(b)),
  };
}

/** Adds any number of copies of the score `g` to a (count × sum) table, in place. */
function addCopies(row: Float64Array, g: number, { n, width }: Table): void {
  for (let a = 1; a <= n; a++) {
    for (let s = g; s < width; s++) row[a * width + s]! += row[(a - 1) * width + s - g]!;
  }
}

/** prefix[i]: multisets of grid[0..i] by (count a, sum s), the bands before grid[i]'s band complete. */
function prefixTables(table: Table, { before, upto, last }: BandLimits): Float64Array[] {
  const { grid, bandOf, n, width } = table;
  const prefix: Float64Array[] = [];
  let previous = new Float64Array((n + 1) * width);
  previous[0] = 1;
  for (let i = 0; i < grid.length; i++) {
    const b = bandOf[i]!;
    const row = Float64Array.from(previous);
    addCopies(row, grid[i]!, table);
    for (let a = 0; a <= n; a++) {
      if (a > upto[b]! || (i === last[b] && a !== upto[b]) || a < before[b]!) row.fill(0, a * width, (a + 1) * width);
    }
    prefix.push(row);
    previous = row;
  }
  return prefix;
}

/** suffix[i]: multisets of grid[i..m−1] by (count r, sum s), with the same band rule from the right; suffix[m] is the empty set. */
function suffixTables(table: Table, { before, upto, first }: BandLimits): Float64Array[] {
  const { grid, bandOf, n, width } = table;
  const m = grid.length;
  const suffix = new Array<Float64Array>(m + 1);
  let next = new Float64Array((n + 1) * width);
  next[0] = 1;
  suffix[m] = next;
  for (let i = m - 1; i >= 0; i--) {
    const b = bandOf[i]!;
    const row = Float64Array.from(next);
    addCopies(row, grid[i]!, table);
    for (let r = 0; r <= n; r++) {
      const a = n - r;
      if (a < before[b]! || (i === first[b] && a !== before[b]) || a > upto[b]!) row.fill(0, r * width, (r + 1) * width);
    }
    suffix[i] = row;
    next = row;
  }
  return suffix;
}

/** exact[i][a]: the sets in the sum window with exactly a scores ≤ grid[i] (prefix(i) ⊗ suffix(i+1)). */
function exactCounts({ grid, n, width }: Table, prefix: readonly Float64Array[], suffix: readonly Float64Array[], lo: number, hi: number): number[][] {
  const exact: number[][] = [];
  const cum = new Float64Array(width + 1);
  for (let i = 0; i < grid.length; i++) {
    const p = prefix[i]!;
    const q = suffix[i + 1]!;
    const row: number[] = [];
    for (let a = 0; a <= n; a++) {
      let acc = 0;
      const r = n - a;
      // Cumulative suffix sums of q at count r, to read Σ q[r][s2] over lo−s1 ≤ s2 ≤ hi−s1.
      for (let s = 0; s < width; s++) cum[s + 1] = cum[s]! + q[r * width + s]!;
      for (let s1 = 0; s1 < width; s1++) {
        const f = p[a * width + s1]!;
        if (f === 0) continue;
        const from = Math.max(0, lo - s1);
        const to = hi - s1;
        if (to < from) continue;
        acc += f * (cum[to + 1]! - cum[from]!);
      }
      row.push(acc);
    }
    exact.push(row);
  }
  return exact;
}

/** The grid indexes of the lowest and highest value `rank` takes over the sets `exact` counts (−1 when none). */
function rankRange(exact: readonly number[][], total: number, rank: number): [number, number] {
  // Lowest: first grid value with some set holding more than `rank` scores at or below it.
  const lowest = exact.findIndex((row) => row.slice(rank + 1).some((x) => x > 0));
  // Highest: last grid value with some set holding at most `rank` scores strictly below it.
  let highest = -1;
  for (let i = exact.length - 1; i >= 0 && highest < 0; i--) {
    const below = i === 0 ? [total] : exact[i - 1]!.slice(0, rank + 1);
    if (below.some((x) => x > 0)) highest = i;
  }
  return [lowest, highest];
}

function windowSum(row: Float64Array, n: number, width: number, lo: number, hi: number): number {
  let total = 0;
  for (let s = Math.max(0, lo); s <= hi; s++) total += row[n * width + s]!;
  return total;
}

/** Tells whether `display` is safe: enough sets fit it and no rank is pinned to one value. */
export function isSafe(c: Consistency): boolean {
  return c.sets >= MIN_CONSISTENT_SETS && c.ranks.length > 0 && c.ranks.every((r) => r.low < r.high);
}

/** Largest team counted set by set when the linear reasoning does not conclude; larger ones are searched for witnesses (`witnessCheck`). */
export const EXACT_LIMIT = 10;

/**
 * Returns sets of scores from `grid` that give `display`, one per band-count vector behind its
 * cells, built from the figures alone: each band's people spread evenly over the band's values,
 * then moved one grid step at a time, in turn, towards the mean's window.
 */
export function someSets(display: DimensionDisplay, grid: readonly number[], bands: readonly { min: number; max: number }[]): number[][] {
  const [lo, hi] = sumWindow(display.n, display.mean);
  const found: number[][] = [];
  for (const counts of countVectors(display.n, bands.length, display.cells)) {
    const values = bands.map((b) => grid.filter((g) => g >= b.min && g <= b.max));
    if (counts.some((c, b) => c > 0 && values[b]!.length === 0)) continue;
    // Position of each person in their band's list of values.
    const people = counts.flatMap((c, b) => Array.from({ length: c }, (_, i) => ({ b, at: Math.floor(((i + 0.5) * values[b]!.length) / c) })));
    const valueOf = (p: { b: number; at: number }) => values[p.b]![p.at]!;
    let sum = people.reduce((acc, p) => acc + valueOf(p), 0);
    // Bounded: with a window narrower than a grid step, the sum could swing around it forever.
    for (let moved = true, turns = 0; moved && (sum < lo || sum > hi) && turns < 4 * grid.length; turns++) {
      moved = false;
      const dir = sum < lo ? 1 : -1;
      for (const p of dir > 0 ? [...people].reverse() : people) {
        if ((dir > 0 && sum >= lo) || (dir < 0 && sum <= hi)) break;
        const next = values[p.b]![p.at + dir];
        if (next === undefined) continue;
        sum += next - valueOf(p);
        p.at += dir;
        moved = true;
      }
    }
    if (sum >= lo && sum <= hi) found.push(people.map(valueOf).sort((a, b) => a - b));
  }
  return found;
}

/**
 * Returns a lower bound of the sets that give the same figures as the sorted set `base`, and for
 * each rank the values other sets prove it can take. To move rank r down, every copy of its value
 * up to r steps down one grid value within the band, and the other scores (those above r first)
 * rise within their bands until the sum is back in the mean's window (up: the mirror image). Each witness is a real set of
 * scores with the same cells and rounded mean, so what this finds is proven, never estimated.
 */
export function witnessCheck(base: readonly number[], display: DimensionDisplay, grid: readonly number[], bands: readonly { min: number; max: number }[]): Consistency {
  const sums = sumWindow(display.n, display.mean);
  const step = gridStep(grid, bands);
  const log = witnessLog(base);
  for (const set of singleSteps(base, step, sums)) log.record(set);
  for (let r = 0; r < base.length; r++) {
    for (const dir of [-1, 1] as const) {
      const set = rankShift(base, r, dir, step, sums, grid.length);
      if (set) log.record(set);
    }
  }
  return log.result();
}

/** Moves a score one grid value up (1) or down (−1) within its band; undefined at the band's edge. */
type GridStep = (value: number, dir: 1 | -1) => number | undefined;

function gridStep(grid: readonly number[], bands: readonly { min: number; max: number }[]): GridStep {
  const values = bands.map((b) => grid.filter((g) => g >= b.min && g <= b.max));
  return (value, dir) => {
    const list = values[bands.findIndex((b) => value >= b.min && value <= b.max)] ?? [];
    return list[list.indexOf(value) + dir];
  };
}

/** The distinct sets found so far (`base` first) and the range of each rank over them. */
function witnessLog(base: readonly number[]) {
  const seen = new Set<string>([base.join(',')]);
  const witnesses = [[...base]];
  const low = [...base];
  const high = [...base];
  return {
    record(set: number[]): void {
      set.sort((a, b) => a - b);
      const key = set.join(',');
      if (seen.has(key)) return;
      seen.add(key);
      witnesses.push(set);
      set.forEach((v, r) => {
        low[r] = Math.min(low[r]!, v);
        high[r] = Math.max(high[r]!, v);
      });
    },
    result: (): Consistency => ({ sets: seen.size, ranks: low.map((l, r) => ({ low: l, high: high[r]! })), witnesses }),
  };
}

const sumOf = (set: readonly number[]) => set.reduce((a, b) => a + b, 0);

/** The sets one grid step away from `base` (one score moved within its band) whose sum stays in the mean's window. */
function singleSteps(base: readonly number[], step: GridStep, [lo, hi]: readonly [number, number]): number[][] {
  const total = sumOf(base);
  const found: number[][] = [];
  for (let j = 0; j < base.length; j++) {
    for (const dir of [-1, 1] as const) {
      const next = step(base[j]!, dir);
      if (next === undefined || total - base[j]! + next < lo || total - base[j]! + next > hi) continue;
      const set = [...base];
      set[j] = next;
      found.push(set);
    }
  }
  return found;
}

/**
 * A set where rank `r` of the sorted `base` has moved one grid value in `dir`, the other scores making
 * up for it until the sum is back in the mean's window; undefined when they cannot.
 */
function rankShift(base: readonly number[], r: number, dir: 1 | -1, step: GridStep, [lo, hi]: readonly [number, number], gridSize: number): number[] | undefined {
  const n = base.length;
  const v = base[r]!;
  const target = step(v, dir);
  if (target === undefined) return undefined;
  const set = [...base];
  // The copies of v between the block's edge and r move, so that rank r itself changes.
  const moved = dir < 0 ? [base.indexOf(v), r] : [r, base.lastIndexOf(v)];
  for (let j = moved[0]!; j <= moved[1]!; j++) set[j] = target;
  // The others on the far side of r make up for it, one grid step at a time.
  const far = dir < 0 ? Array.from({ length: n - moved[1]! - 1 }, (_, i) => n - 1 - i) : Array.from({ length: moved[0]! }, (_, i) => i);
  // Near-side scores far from the block first, so that they do not take rank r's old value back.
  const near = dir < 0 ? Array.from({ length: moved[0]! }, (_, i) => i) : Array.from({ length: n - moved[1]! - 1 }, (_, i) => n - 1 - i);
  const others = [...far, ...near];
  let sum = sumOf(set);
  const outside = () => (dir < 0 ? sum < lo : sum > hi);
  for (let pass = 0; outside() && pass < 4 * gridSize; pass++) {
    let changed = false;
    for (const j of others) {
      if (!outside()) break;
      const next = step(set[j]!, (-dir) as 1 | -1);
      if (next === undefined) continue;
      sum += next - set[j]!;
      set[j] = next;
      changed = true;
    }
    if (!changed) break;
  }
  return sum >= lo && sum <= hi ? set : undefined;
}

/** What the linear proof concludes: safe (proven), a rank pinned or no set at all (proven), or neither (search). */
export type FastVerdict = 'safe' | 'pinned' | 'unknown';

type Bands = readonly { min: number; max: number }[];

/** Per band-count vector behind `display`, the smallest and largest sum its sets can reach; vectors no set fits are left out. */
function reachable(display: DimensionDisplay, values: readonly number[][], bands: number): { counts: number[]; least: number; most: number }[] {
  const [lo, hi] = sumWindow(display.n, display.mean);
  return countVectors(display.n, bands, display.cells).flatMap((counts) => {
    if (counts.some((c, b) => c > 0 && values[b]!.length === 0)) return [];
    const least = counts.reduce((acc, c, b) => acc + (c > 0 ? c * values[b]![0]! : 0), 0);
    const most = counts.reduce((acc, c, b) => acc + (c > 0 ? c * values[b]!.at(-1)! : 0), 0);
    return least <= hi && most >= lo ? [{ counts, least, most }] : [];
  });
}

/**
 * Returns, for each rank of the sets of scores that give `display`, the lowest and highest value it
 * can take, exactly, in time linear in n; null when the mean's window is narrower than the widest
 * gap between two neighbouring scores of a band (small teams: `consistency` counts them).
 *
 * Why it is exact: for one band-count vector, a set is a choice of `counts[b]` scores in each band b
 * with its sum in the window [lo, hi]. « Rank r can be u or lower » means at least r + 1 scores are at
 * most u: force the r + 1 people whose cap costs least (those of bands wholly at or below u first).
 * The sums such sets reach run from everyone on their band's lowest score to everyone on their
 * highest, the forced ones capped; walking from one to the other one grid step at a time moves the
 * sum by at most the widest gap, so when the window is at least that wide, some set lands in it
 * exactly when the range meets it. The mirror gives « rank r can be u or higher ».
 */
export function rankRanges(display: DimensionDisplay, grid: readonly number[], bands: Bands): { low: number; high: number }[] | null {
  const { n } = display;
  const [lo, hi] = sumWindow(n, display.mean);
  const values = bands.map((b) => grid.filter((g) => g >= b.min && g <= b.max));
  const gap = Math.max(0, ...values.flatMap((list) => list.slice(1).map((x, i) => x - list[i]!)));
  if (gap > hi - lo + 1) return null;
  const vectors = reachable(display, values, bands.length);
  if (vectors.length === 0) return [];
  const all = values.flat().sort((a, b) => a - b);
  // Per vector and per grid value u, what forcing one person of each band to at most u (or at
  // least u) costs the sum's reach, cheapest first: computed once, read at every rank.
  const costs = (pick: (list: number[], u: number) => number | undefined, cost: (list: number[], v: number) => number) =>
    vectors.map(({ counts }) =>
      all.map((u) =>
        counts
          .flatMap((c, b) => {
            const v = c > 0 ? pick(values[b]!, u) : undefined;
            return v === undefined ? [] : [{ c, cost: cost(values[b]!, v) }];
          })
          .sort((x, y) => x.cost - y.cost),
      ),
    );
  const capped = costs((list, u) => list.findLast((x) => x <= u), (list, v) => list.at(-1)! - v);
  const floored = costs((list, u) => list.find((x) => x >= u), (list, v) => v - list[0]!);
  // Can at least k scores be at most all[i] (or, mirrored, at least all[i])?
  const atMost = (k: number, i: number) => vectors.some(({ least, most }, v) => fits(capped[v]![i]!, k, (spent) => least <= hi && most - spent >= lo));
  const atLeast = (k: number, i: number) => vectors.some(({ least, most }, v) => fits(floored[v]![i]!, k, (spent) => most >= lo && least + spent <= hi));
  const low: number[] = [];
  const high: number[] = new Array<number>(n);
  // Both bounds move one way with the rank: one pass over the grid each.
  for (let r = 0, i = 0; r < n; r++) {
    while (i < all.length && !atMost(r + 1, i)) i++;
    low.push(all[Math.min(i, all.length - 1)]!);
  }
  for (let r = n - 1, i = all.length - 1; r >= 0; r--) {
    while (i >= 0 && !atLeast(n - r, i)) i--;
    high[r] = all[Math.max(i, 0)]!;
  }
  return low.map((l, r) => ({ low: l, high: high[r]! }));
}

/** Whether k people can be forced, the cheapest first (`costs` is sorted), with `ok` accepting the total cost. */
function fits(costs: { c: number; cost: number }[], k: number, ok: (spent: number) => boolean): boolean {
  let left = k;
  let spent = 0;
  for (const { c, cost } of costs) {
    const take = Math.min(c, left);
    spent += take * cost;
    left -= take;
    if (left === 0) break;
  }
  return left === 0 && ok(spent);
}

/**
 * Returns a lower bound of the sets that give `display`: per band-count vector, the walk from its
 * lowest to its highest sum (see `rankRanges`) lands on a different sum, so a different set, in every
 * stretch of the window as wide as the widest gap.
 */
export function setsLowerBound(display: DimensionDisplay, grid: readonly number[], bands: Bands): number {
  const [lo, hi] = sumWindow(display.n, display.mean);
  const values = bands.map((b) => grid.filter((g) => g >= b.min && g <= b.max));
  const gap = Math.max(1, ...values.flatMap((list) => list.slice(1).map((x, i) => x - list[i]!)));
  return reachable(display, values, bands.length).reduce((acc, { least, most }) => acc + Math.max(0, Math.floor((Math.min(hi, most) - Math.max(lo, least) + 1) / gap)), 0);
}

/**
 * Returns the linear verdict on `display`: `pinned` when some rank can take one value only (or no
 * set fits), `safe` when none is pinned and at least `MIN_CONSISTENT_SETS` sets are proven, else
 * `unknown` (the window is too narrow for the reasoning, or too few sets are proven).
 */
export function fastCheck(display: DimensionDisplay, grid: readonly number[], bands: Bands): FastVerdict {
  const ranks = rankRanges(display, grid, bands);
  if (ranks === null) return 'unknown';
  if (ranks.length === 0 || ranks.some((r) => r.low === r.high)) return 'pinned';
  return setsLowerBound(display, grid, bands) >= MIN_CONSISTENT_SETS ? 'safe' : 'unknown';
}

/** Largest team whose witnesses are searched one by one when the linear proofs conclude nothing (quadratic cost). */
export const WITNESS_LIMIT = 300;

/**
 * Returns whether the figures of `display` can be shown (see `isSafe`). The linear proofs decide
 * first (`fastCheck`: when they conclude, it is what counting every set would say). Where they
 * conclude nothing, every fitting set is counted up to `EXACT_LIMIT` respondents; above (degenerate
 * figures), witnesses are searched from a set built from the figures alone, up to `WITNESS_LIMIT`
 * respondents; beyond, such figures are hidden. Either way the answer depends on the figures only, never on the scores
 * behind them, so that « hidden » itself tells nothing more.
 */
export function privacyCheck(display: DimensionDisplay, grid: readonly number[], bands: readonly { min: number; max: number }[]): boolean {
  const key = JSON.stringify([display, grid, bands.map((b) => [b.min, b.max])]);
  const known = checked.get(key);
  if (known !== undefined) return known;
  // The linear verdict, when it concludes, is the exact count's (both ways: see `fastCheck`).
  const verdict = fastCheck(display, grid, bands);
  let safe: boolean;
  if (verdict !== 'unknown') safe = verdict === 'safe';
  else if (display.n <= EXACT_LIMIT) safe = isSafe(consistency(display, grid, bands));
  // Witnesses found from any set that gives the figures prove them safe: try each in turn.
  else safe = display.n <= WITNESS_LIMIT && witnessSearch(display, grid, bands);
  if (checked.size > 1000) checked.clear();
  checked.set(key, safe);
  return safe;
}

/** The search used above `EXACT_LIMIT` before the linear reasoning: witnesses from each set built from the figures. */
export function witnessSearch(display: DimensionDisplay, grid: readonly number[], bands: readonly { min: number; max: number }[]): boolean {
  return someSets(display, grid, bands).some((base) => isSafe(witnessCheck(base, display, grid, bands)));
}

/** Answers already given: the page recomputes its summary at every keystroke. */
const checked = new Map<string, boolean>();
