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
  privacyCheck,
  scoreGrid,
  someSets,
  sumWindow,
  witnessCheck,
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
        fc.pre(counts.reduce((a, b) => a + b, 0) >= MIN_THRESHOLD);
        const cells = bandCells(counts);
        expect(cells.every((c) => c.count === 0 || c.count >= 3)).toBe(true);
        expect(cells.reduce((a, c) => a + c.count, 0)).toBe(counts.reduce((a, b) => a + b, 0));
        cells.forEach((c, i) => expect(c.from).toBe(i === 0 ? 0 : cells[i - 1]!.to + 1));
        // A band shown alone is shown with its true count.
        for (const c of cells) if (c.from === c.to) expect(c.count).toBe(counts[c.from]);
      }),
    );
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
