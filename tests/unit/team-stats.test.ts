import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_THRESHOLD, MIN_THRESHOLD, dimensionStats, effectiveThreshold, meetsThreshold, weakPoints, weakest } from '../../src/lib/team-stats';
import { scoreGrid } from '../../src/lib/team-privacy';

const bands = [
  { min: 0, max: 39 },
  { min: 40, max: 69 },
  { min: 70, max: 100 },
];
const grid = scoreGrid(5);

describe('dimensionStats', () => {
  it('gives n, the rounded mean and band cells, nothing else', () => {
    expect(dimensionStats([50, 80, 20, 60, null, 90, 35, 75], bands, grid, 5)).toEqual({
      status: 'shown',
      n: 7,
      mean: 59,
      cells: [
        { from: 0, to: 1, count: 4 },
        { from: 2, to: 2, count: 3 },
      ],
    });
  });

  it('hides a dimension fewer than k people scored, even when the group reaches k', () => {
    expect(dimensionStats([50, null, null, null, null], bands, grid, 5)).toEqual({ status: 'few', n: null, mean: null, cells: null });
    expect(dimensionStats([50, 60, 70, 80, null], bands, grid, 5).status).toBe('few');
    expect(dimensionStats([50, 60, 70, 80, null], bands, grid, 4).status).toBe('shown');
  });

  it('hides answers so alike that the figures would give a score away', () => {
    expect(dimensionStats([100, 100, 100, 100, 100], bands, grid, 5)).toEqual({ status: 'alike', n: null, mean: null, cells: null });
    expect(dimensionStats([0, 0, 0, 0, 0, 0], bands, grid, 5).status).toBe('alike');
  });

  it('never returns a minimum, maximum, median or spread, nor a cell of 1 or 2 people', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...grid), { minLength: 5, maxLength: 12 }), (scores) => {
        const s = dimensionStats(scores, bands, grid, 5);
        expect(Object.keys(s).sort()).toEqual(['cells', 'mean', 'n', 'status']);
        if (s.status !== 'shown') return;
        expect(s.n).toBe(scores.length);
        expect(s.mean).toBe(Math.round(scores.reduce((a, b) => a + b, 0) / scores.length));
        expect(s.cells.every((c) => c.count === 0 || c.count >= 3)).toBe(true);
      }),
      { numRuns: 15 },
    );
  }, 30_000);
});

describe('threshold', () => {
  it('shows nothing under 5 codes by default', () => {
    expect(DEFAULT_THRESHOLD).toBe(5);
    expect(meetsThreshold(4, DEFAULT_THRESHOLD)).toBe(false);
    expect(meetsThreshold(5, DEFAULT_THRESHOLD)).toBe(true);
  });

  it('never goes below 4, and may be raised', () => {
    expect(MIN_THRESHOLD).toBe(4);
    expect(effectiveThreshold(3)).toBe(4);
    expect(meetsThreshold(3, 3)).toBe(false);
    expect(effectiveThreshold(7)).toBe(7);
    expect(effectiveThreshold(10)).toBe(10);
    expect(meetsThreshold(9, 10)).toBe(false);
    expect(effectiveThreshold(Number.NaN)).toBe(5);
  });
});

describe('weakest', () => {
  const shown = (mean: number) => ({ status: 'shown' as const, n: 5, mean, cells: [] });
  it('names the lowest shown means first, and ignores hidden dimensions', () => {
    const dims = [
      { id: 'motivation', stats: shown(80) },
      { id: 'confiance', stats: shown(53) },
      { id: 'capacite', stats: shown(35) },
      { id: 'culture', stats: { status: 'few' as const, n: null, mean: null, cells: null } },
    ];
    expect(weakest(dims)).toEqual(['capacite', 'confiance']);
  });
});

describe('weakPoints', () => {
  const shown = (means: number[]) => means.map((mean, i) => ({ id: `d${i}`, stats: { status: 'shown' as const, n: 5, mean, cells: [] } }));
  it('names none when every mean is the same', () => {
    expect(weakPoints(shown([56, 56, 56, 56, 56]))).toEqual([]);
  });
  it('names none when the highest and lowest means are less than 10 points apart', () => {
    expect(weakPoints(shown([60, 55, 51, 58]))).toEqual([]);
  });
  it('names only the dimensions 10 points or more below the highest, lowest first, at most two', () => {
    expect(weakPoints(shown([72, 40, 68, 70]))).toEqual(['d1']);
    expect(weakPoints(shown([80, 45, 40, 50, 79]))).toEqual(['d2', 'd1']);
    expect(weakPoints(shown([70, 60, 65]))).toEqual(['d1']);
  });
  it('leaves hidden dimensions out', () => {
    const dims = [...shown([70, 40]), { id: 'h', stats: { status: 'few' as const, n: null, mean: null, cells: null } }];
    expect(weakPoints(dims)).toEqual(['d1']);
  });
});
