import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dimensionStats, effectiveThreshold, meetsThreshold, mostDivided, weakest } from '../../src/lib/team-stats';

const bands = [
  { id: 'bas', min: 0, max: 39 },
  { id: 'moyen', min: 40, max: 69 },
  { id: 'haut', min: 70, max: 100 },
];

describe('dimensionStats', () => {
  it('computes mean, median, range, spread and band counts', () => {
    expect(dimensionStats([50, 80, 20, 60, null, 90], bands)).toEqual({
      n: 5,
      mean: 60,
      median: 60,
      min: 20,
      max: 90,
      spread: 24.5,
      bands: [
        { id: 'bas', count: 1 },
        { id: 'moyen', count: 2 },
        { id: 'haut', count: 2 },
      ],
    });
  });

  it('takes the middle pair for an even count', () => {
    expect(dimensionStats([10, 40, 30, 20], bands).median).toBe(25);
  });

  it('returns no figure when nobody is scored', () => {
    expect(dimensionStats([null, null], bands)).toMatchObject({ n: 0, mean: null, median: null, spread: null });
  });

  it('keeps the mean between min and max and counts every score once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1 }), (scores) => {
        const s = dimensionStats(scores, bands);
        expect(s.mean!).toBeGreaterThanOrEqual(s.min!);
        expect(s.mean!).toBeLessThanOrEqual(s.max!);
        expect(s.bands.reduce((a, b) => a + b.count, 0)).toBe(scores.length);
      }),
    );
  });
});

describe('threshold', () => {
  it('shows nothing under 5 codes by default', () => {
    expect(meetsThreshold(4, 5)).toBe(false);
    expect(meetsThreshold(5, 5)).toBe(true);
  });
  it('lets the facilitator go down to 3, never below', () => {
    expect(meetsThreshold(3, 3)).toBe(true);
    expect(effectiveThreshold(2)).toBe(3);
    expect(meetsThreshold(2, 1)).toBe(false);
    expect(effectiveThreshold(9)).toBe(5);
    expect(effectiveThreshold(Number.NaN)).toBe(5);
  });
});

describe('weakest and mostDivided', () => {
  const dims = [
    { id: 'motivation', stats: dimensionStats([70, 80, 90], bands) },
    { id: 'confiance', stats: dimensionStats([20, 90, 50], bands) },
    { id: 'capacite', stats: dimensionStats([30, 35, 40], bands) },
    { id: 'culture', stats: dimensionStats([null], bands) },
  ];
  it('names the lowest means first', () => {
    expect(weakest(dims)).toEqual(['capacite', 'confiance']);
  });
  it('names the dimension where the team disagrees most', () => {
    expect(mostDivided(dims)).toBe('confiance');
  });
});
