/**
 * The team view's anonymity guarantee, checked on every questionnaire's real score grid: for any
 * team the page shows, at least 10 sets of individual scores give exactly what the page, the CSV
 * and the summary link show, and no rank (lowest score … highest score) is pinned to one value.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MIN_CONSISTENT_SETS,
  EXACT_LIMIT,
  bandCells,
  consistency,
  countVectors,
  displayOf,
  fastCheck,
  rankRanges,
  setsLowerBound,
  witnessSearch,
  WITNESS_LIMIT,
  privacyCheck,
  scoreGrid,
  someSets,
  sumWindow,
  witnessCheck,
  isSafe,
  type DimensionDisplay,
} from '../../src/lib/team-privacy';
import { MIN_THRESHOLD } from '../../src/lib/team-stats';
import { readSummaryFragment, summarize, summaryCsv, summaryFragment, type TeamInstrument } from '../../src/lib/team-summary';
import { scoreItems, type Answer } from '../../src/lib/scoring';

interface RawInstrument {
  id: string;
  version: number;
  shortTitle: string;
  dimensions: { id: string; name: string; bands: { min: number; max: number; label: string }[] }[];
  items: { id: string; dimension: string; reverse?: boolean }[];
}

const dir = 'content/diagnostics';
const raw: RawInstrument[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ ...(JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as RawInstrument), id: f.replace(/\.json$/, '') }));

/** The questionnaires as the team page sees them, with each dimension's number of items. */
const instruments: TeamInstrument[] = raw.map((i) => ({
  id: i.id,
  version: i.version,
  shortTitle: i.shortTitle,
  dimensions: i.dimensions.map((d) => ({
    id: d.id,
    name: d.name,
    guide: '/',
    items: i.items.filter((item) => item.dimension === d.id).length,
    bands: d.bands.map((b) => ({ ...b, actions: [] })),
  })),
}));

/** Every distinct dimension shape (items, bands) of the questionnaires, with where it comes from. */
const shapes = [
  ...new Map(
    instruments.flatMap((i) => i.dimensions.map((d) => [`${d.items}|${JSON.stringify(d.bands.map((b) => [b.min, b.max]))}`, { where: `${i.id}/${d.id}`, items: d.items, bands: d.bands }] as const)),
  ).values(),
];

const same = (a: DimensionDisplay, b: DimensionDisplay) => JSON.stringify(a) === JSON.stringify(b);

describe('score grid', () => {
  it('holds exactly the scores the scoring gives a dimension, 75 % rule included', () => {
    for (const { items } of shapes) {
      const seen = new Set<number>();
      const ids = Array.from({ length: items }, (_, i) => ({ id: `q${i}` }));
      // Every way of answering: each item 0 (« don't know ») to 5, enumerated on up to 7 items.
      const total = 6 ** items;
      for (let code = 0; code < total; code++) {
        const answers: Record<string, Answer> = {};
        for (let i = 0, c = code; i < items; i++, c = Math.floor(c / 6)) answers[`q${i}`] = (c % 6) as Answer;
        const { score } = scoreItems(ids, answers);
        if (score !== null) seen.add(score);
      }
      expect(scoreGrid(items), `${items} questions`).toEqual([...seen].sort((a, b) => a - b));
    }
  });
});

describe('band cells', () => {
  it('never shows a band of 1 or 2 people as a number, and keeps every person', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(12), { minLength: 3, maxLength: 5 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        fc.pre(total >= MIN_THRESHOLD);
        const cells = bandCells(counts);
        if (cells.length === 0) return;
        expect(cells.every((c) => c.count === 0 || c.count >= 3)).toBe(true);
        expect(cells.reduce((a, c) => a + c.count, 0)).toBe(total);
        cells.forEach((c, i) => expect(c.from).toBe(i === 0 ? 0 : cells[i - 1]!.to + 1));
        // A band shown alone is shown with its true count.
        for (const c of cells) if (c.from === c.to) expect(c.count).toBe(counts[c.from]);
      }),
    );
  });

  it('shows no cell when one would hold every respondent, and only then', () => {
    expect(bandCells([0, 5, 0])).toEqual([]);
    expect(bandCells([2, 2, 0])).toEqual([]);
    expect(bandCells([1, 3, 0])).toEqual([]);
    expect(bandCells([3, 2, 0])).toEqual([]);
    expect(bandCells([3, 3, 0])).toEqual([
      { from: 0, to: 0, count: 3 },
      { from: 1, to: 1, count: 3 },
      { from: 2, to: 2, count: 0 },
    ]);
    fc.assert(
      fc.property(fc.array(fc.nat(12), { minLength: 3, maxLength: 5 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        fc.pre(total >= MIN_THRESHOLD);
        const cells = bandCells(counts);
        expect(cells.some((c) => c.count === total)).toBe(false);
        // Empty exactly when every respondent is in one band, or bands of 1 or 2 merge into one span.
        const occupied = counts.flatMap((c, i) => (c > 0 ? [i] : []));
        if (occupied.length === 1) expect(cells).toEqual([]);
        if (cells.length === 0) expect(counts.filter((c) => c >= 3).length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

/** countVectors as it was: every vector of n people over the bands, kept when its cells match (n^(bands−1)). */
function countVectorsByWalk(n: number, bands: number, cells: readonly { from: number; to: number; count: number }[]): number[][] {
  const out: number[][] = [];
  const walk = (prefix: number[], left: number) => {
    if (prefix.length === bands - 1) {
      const counts = [...prefix, left];
      if (JSON.stringify(bandCells(counts)) === JSON.stringify(cells)) out.push(counts);
      return;
    }
    for (let c = 0; c <= left; c++) walk([...prefix, c], left - c);
  };
  walk([], n);
  return out;
}

describe('band-count vectors behind the cells', () => {
  it('are exactly those the walk over every vector finds, in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(9), { minLength: 1, maxLength: 4 }), (counts) => {
        const n = counts.reduce((a, b) => a + b, 0);
        const cells = bandCells(counts);
        expect(countVectors(n, counts.length, cells)).toEqual(countVectorsByWalk(n, counts.length, cells));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('cost nothing at the scale of a sales force', () => {
    for (const counts of [[1, 14_997, 2], [5_000, 5_000, 5_000], [0, 15_000, 0], [2, 14_998, 0]]) {
      const cells = bandCells(counts);
      const vectors = countVectors(15_000, 3, cells);
      expect(vectors).toContainEqual(counts);
      for (const v of vectors) {
        expect(v.reduce((a, b) => a + b, 0)).toBe(15_000);
        expect(bandCells(v)).toEqual(cells);
      }
    }
  });
});

describe('counting the sets that fit', () => {
  it('agrees with brute force on small teams', () => {
    const { items, bands } = shapes.find((s) => s.items === 4) ?? shapes[0]!;
    const grid = scoreGrid(items);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...grid), { minLength: 4, maxLength: 4 }), (team) => {
        const display = displayOf(team, bands);
        let sets = 0;
        const walk = (start: number, acc: number[]) => {
          if (acc.length === team.length) {
            if (same(displayOf(acc, bands), display)) sets++;
            return;
          }
          for (let i = start; i < grid.length; i++) walk(i, [...acc, grid[i]!]);
        };
        walk(0, []);
        expect(consistency(display, grid, bands).sets).toBe(sets);
      }),
      { numRuns: 6 },
    );
  }, 60_000);

  it('finds the mean window and the band vectors behind merged cells', () => {
    expect(sumWindow(4, 50)).toEqual([198, 201]);
    expect(bandCells([4, 1, 3])).toEqual([
      { from: 0, to: 0, count: 4 },
      { from: 1, to: 2, count: 4 },
    ]);
    expect(countVectors(8, 3, bandCells([4, 1, 3]))).toEqual([
      [4, 1, 3],
      [4, 2, 2],
      [4, 3, 1],
    ]);
  });
});

/** Measured: fewest sets found, per team size, over every shape. */
const fewest = new Map<number, number>();
let hidden = 0;
let checked = 0;

describe('no score can be read back from what the team view shows', () => {
  for (const shape of shapes) {
    it(`${shape.where} (${shape.items} questions): teams of ${MIN_THRESHOLD} to ${EXACT_LIMIT}`, () => {
      const grid = scoreGrid(shape.items);
      const instrument = instruments.find((i) => shape.where.startsWith(`${i.id}/`))!;
      const index = instrument.dimensions.findIndex((d) => shape.where.endsWith(`/${d.id}`));
      fc.assert(
        fc.property(fc.integer({ min: MIN_THRESHOLD, max: EXACT_LIMIT }).chain((n) => fc.array(fc.constantFrom(...grid), { minLength: n, maxLength: n })), (team) => {
          checked++;
          // What the page shows, then what the CSV and the link carry: the same three figures.
          const codes = team.map((score) => ({ instrument: instrument.id, version: instrument.version, scores: instrument.dimensions.map((_, i) => (i === index ? score : null)) }));
          const summary = summarize(codes, instruments, MIN_THRESHOLD);
          const stats = summary.groups[0]!.dimensions[index]!.stats;
          const display = displayOf(team, shape.bands);
          const found = consistency(display, grid, shape.bands);
          if (stats.status !== 'shown') {
            expect(stats.status).toBe('alike');
            expect(found.sets < MIN_CONSISTENT_SETS || found.ranks.some((r) => r.low === r.high)).toBe(true);
            hidden++;
            return;
          }
          expect({ n: stats.n, mean: stats.mean, cells: stats.cells }).toEqual(display);
          const link = readSummaryFragment(summaryFragment(summary), instruments);
          expect(link.ok && link.value.groups[0]!.dimensions[index]!.stats).toEqual(stats);
          const csv = summaryCsv(summary, instruments, { header: ['q', 'v', 'd', 'n', 'm', 'c'], few: 'few', alike: 'alike', t: (key) => key });
          const row = csv.split('\r\n').find((line) => line.includes(instrument.dimensions[index]!.name))!;
          expect(row.split(';').slice(3, 5)).toEqual([String(stats.n), String(stats.mean)]);
          // Every set of scores that gives these figures: at least 10, and every rank free.
          expect(found.sets).toBeGreaterThanOrEqual(MIN_CONSISTENT_SETS);
          const sorted = [...team].sort((a, b) => a - b);
          found.ranks.forEach((r, rank) => {
            expect(r.low, `rang ${rank}`).toBeLessThan(r.high);
            expect(sorted[rank]).toBeGreaterThanOrEqual(r.low);
            expect(sorted[rank]).toBeLessThanOrEqual(r.high);
          });
          fewest.set(team.length, Math.min(fewest.get(team.length) ?? Infinity, found.sets));
        }),
        { numRuns: 30 },
      );
    }, 60_000);
  }

  it('hides teams whose answers are all alike, so « hidden » pins nothing either', () => {
    for (const { items, bands } of shapes) {
      const grid = scoreGrid(items);
      for (let n = MIN_THRESHOLD; n <= 30; n++) {
        expect(privacyCheck(displayOf(Array(n).fill(grid[0]), bands), grid, bands)).toBe(false);
        expect(privacyCheck(displayOf(Array(n).fill(grid.at(-1)), bands), grid, bands)).toBe(false);
      }
    }
  }, 60_000);

  it('reports what it measured', () => {
    const line = [...fewest.entries()].sort((a, b) => a[0] - b[0]).map(([n, sets]) => `${n}: ${sets}`);
    console.log(`Fewest fitting sets per team size (${checked} teams, ${hidden} hidden as too alike): ${line.join(', ')}`);
    expect(checked).toBeGreaterThan(0);
  });
});

describe('larger teams (witnesses)', () => {
  it('proves every rank free with real sets that give the same figures', () => {
    for (const { items, bands, where } of shapes) {
      const grid = scoreGrid(items);
      fc.assert(
        fc.property(fc.integer({ min: EXACT_LIMIT + 1, max: 60 }).chain((n) => fc.array(fc.constantFrom(...grid), { minLength: n, maxLength: n })), (team) => {
          const display = displayOf(team, bands);
          const bases = someSets(display, grid, bands);
          expect(bases.length, where).toBeGreaterThan(0);
          const found = bases.map((base) => witnessCheck(base, display, grid, bands));
          // Every witness is a real set of scores that gives the same figures.
          for (const f of found) for (const set of f.witnesses!) expect(same(displayOf(set, bands), display)).toBe(true);
          const proof = found.find((f) => f.sets >= MIN_CONSISTENT_SETS && f.ranks.every((r) => r.low < r.high));
          expect(proof, where).toBeDefined();
          expect(privacyCheck(display, grid, bands)).toBe(true);
        }),
        { numRuns: 25 },
      );
    }
  }, 60_000);
});

/** A team of `n` from the grid: uniform, or degenerate (nearly everyone on one score, or on the grid's ends). */
const teams = (grid: readonly number[], min: number, max: number) =>
  fc.integer({ min, max }).chain((n) =>
    fc.oneof(
      fc.array(fc.constantFrom(...grid), { minLength: n, maxLength: n }),
      fc.tuple(fc.constantFrom(...grid), fc.array(fc.constantFrom(...grid), { minLength: 0, maxLength: 3 })).map(([v, few]) => [...Array<number>(n - few.length).fill(v), ...few]),
      fc.tuple(fc.integer({ min: 0, max: n }), fc.array(fc.constantFrom(...grid), { minLength: 0, maxLength: 2 })).map(([k, few]) => [...Array<number>(k).fill(grid[0]!), ...Array<number>(Math.max(0, n - k - few.length)).fill(grid.at(-1)!), ...few]),
    ),
  );

describe('the linear proof and the exact search agree wherever both run', () => {
  it('on teams of 4 to 10: the same range for every rank, and a verdict the exact count confirms', () => {
    const verdicts = { safe: 0, pinned: 0, unknown: 0 };
    for (const { items, bands, where } of shapes) {
      const grid = scoreGrid(items);
      fc.assert(
        fc.property(teams(grid, MIN_THRESHOLD, EXACT_LIMIT), (team) => {
          const display = displayOf(team, bands);
          const exact = consistency(display, grid, bands);
          const ranks = rankRanges(display, grid, bands);
          if (ranks !== null) expect(ranks, where).toEqual(exact.ranks);
          expect(setsLowerBound(display, grid, bands)).toBeLessThanOrEqual(exact.sets);
          const verdict = fastCheck(display, grid, bands);
          verdicts[verdict]++;
          if (verdict !== 'unknown') expect(isSafe(exact), where).toBe(verdict === 'safe');
        }),
        { numRuns: 80 },
      );
    }
    console.log(`Linear proof on teams of ${MIN_THRESHOLD} to ${EXACT_LIMIT}: ${JSON.stringify(verdicts)}`);
    expect(verdicts.pinned + verdicts.safe).toBeGreaterThan(0);
  }, 120_000);

  it(`on teams of ${EXACT_LIMIT + 1} to 24: the exact count, run where the page no longer runs it, confirms every verdict`, () => {
    const verdicts = { safe: 0, pinned: 0, unknown: 0 };
    for (const { items, bands, where } of shapes) {
      const grid = scoreGrid(items);
      fc.assert(
        fc.property(teams(grid, EXACT_LIMIT + 1, 24), (team) => {
          const display = displayOf(team, bands);
          const exact = consistency(display, grid, bands);
          expect(rankRanges(display, grid, bands), where).toEqual(exact.ranks);
          const verdict = fastCheck(display, grid, bands);
          verdicts[verdict]++;
          if (verdict !== 'unknown') expect(isSafe(exact), where).toBe(verdict === 'safe');
          // What the page shows is safe by the exact count, and nothing the witness search showed is hidden.
          if (privacyCheck(display, grid, bands)) expect(isSafe(exact), where).toBe(true);
          if (witnessSearch(display, grid, bands)) expect(privacyCheck(display, grid, bands), where).toBe(true);
        }),
        { numRuns: 12 },
      );
    }
    console.log(`Linear proof on teams of ${EXACT_LIMIT + 1} to 24: ${JSON.stringify(verdicts)}`);
    expect(verdicts.safe).toBeGreaterThan(0);
  }, 120_000);

  it(`on teams of 25 to 60: nothing the witness search showed is hidden, and no witness frees a rank proven pinned`, () => {
    for (const { items, bands, where } of shapes) {
      const grid = scoreGrid(items);
      fc.assert(
        fc.property(teams(grid, 25, 60), (team) => {
          const display = displayOf(team, bands);
          const verdict = fastCheck(display, grid, bands);
          const searched = witnessSearch(display, grid, bands);
          if (searched) expect(privacyCheck(display, grid, bands), where).toBe(true);
          // A pinned rank is proven: no witness can free it.
          if (verdict === 'pinned') expect(searched, where).toBe(false);
        }),
        { numRuns: 40 },
      );
    }
  }, 120_000);

  it('decides without a search for teams of a sales force, uniform or degenerate', () => {
    for (const { items, bands, where } of shapes) {
      const grid = scoreGrid(items);
      fc.assert(
        fc.property(teams(grid, WITNESS_LIMIT + 1, 15_000), (team) => {
          const display = displayOf(team, bands);
          expect(fastCheck(display, grid, bands), where).not.toBe('unknown');
        }),
        { numRuns: 15 },
      );
    }
  }, 120_000);

  it('hides a large team whose mean leaves the lowest score no room', () => {
    for (const { items, bands } of shapes) {
      const grid = scoreGrid(items);
      const display = displayOf([...Array<number>(400).fill(grid[0]!), grid[1]!], bands);
      expect(fastCheck(display, grid, bands)).toBe('pinned');
      expect(privacyCheck(display, grid, bands)).toBe(false);
    }
  });
});

describe('teams of a single band', () => {
  it('show no band count; only n and the mean, checked like any other figures', () => {
    for (const { items, bands, where } of shapes) {
      const grid = scoreGrid(items);
      const middle = grid.filter((g) => g >= bands[1]!.min && g <= bands[1]!.max);
      const team = [middle[0]!, middle[1]!, middle[2]!, middle[1]!, middle.at(-1)!];
      const display = displayOf(team, bands);
      expect(display.cells, where).toEqual([]);
      const found = consistency(display, grid, bands);
      // Every fitting set also puts everyone in one cell: the page shows the same for it.
      expect(found.sets).toBeGreaterThan(0);
      const sets = someSets(display, grid, bands);
      for (const set of sets) expect(displayOf(set, bands)).toEqual(display);
    }
  });
});
