/**
 * The pipeline check on two realistic exports (tests/fixtures/pipeline/): a French Excel CSV
 * (Windows-1252, « ; », « 1 234,56 € », dd/mm/yyyy, quoted fields, a line break inside a field, four
 * broken rows) and an English HubSpot-style export (UTF-8 with BOM, « , », « 1,234.56 », US dates).
 * Every expected figure below was worked out by hand from the fixture's rows (sums and day counts
 * written in the comments), not by the code under test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/pipeline/analyse';
import { readFile } from '../../src/lib/pipeline/run';
import { dayNumber } from '../../src/lib/pipeline/values';

const day = (y: number, m: number, d: number) => dayNumber(y, m, d)!;
const bytes = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/pipeline/${name}`));

describe('French Excel export', () => {
  const file = readFile(bytes('crm-fr-excel.csv'));
  const options = { today: day(2026, 12, 15), start: day(2026, 10, 1), end: day(2026, 12, 31), target: 60_000, staleDays: 60 };
  const f = analyse(file.deals, file.mapping, options);

  it('reads Windows-1252, « ; » and French headers', () => {
    expect(file.encoding).toBe('windows-1252');
    expect(file.delimiter).toBe(';');
    expect(file.headers[3]).toBe('Étape');
    expect(file.formats).toEqual({ decimal: ',', dates: 'dmy' });
    expect(file.mapping).toMatchObject({ name: 0, account: 1, owner: 2, stage: 3, amount: 4, probability: 5, closeDate: 6, createdDate: 7, stageDate: 8, forecast: 9, economicBuyer: 10, champion: 11 });
  });

  it('lists the four broken rows by physical line with their reason', () => {
    // Line 13 is the second line of the « Manoir » record, whose account holds a line break.
    expect(file.bad).toEqual([
      { line: 8, reason: 'amount', field: 'amount', value: 'à voir' },
      { line: 9, reason: 'cells', value: '6' },
      { line: 11, reason: 'closeDate', field: 'closeDate', value: '31/02/2026' },
      { line: 15, reason: 'date', field: 'createdDate', value: 'hier' },
    ]);
    expect(file.deals.map((d) => d.line)).toEqual([2, 3, 4, 5, 6, 7, 10, 12, 14, 16]);
  });

  it('gives the figures worked out by hand', () => {
    expect(f.deals).toBe(10);
    // Open: 12 500 + 3 000 + 1 234,56 + 7 265,44 + 45 000 + 900.
    expect(f.open).toEqual({ count: 6, amount: expect.closeTo(69_900, 6) });
    // 7 500 + 600 + 987,648 + 3 632,72 + 4 500; « Sans date » has no probability.
    expect(f.weighted).toBeCloseTo(17_220.368, 6);
    expect(f.noProbability).toBe(1);
    // Closing in Q4 2026: Réseau Lyon, Licences, Extension, Sans date.
    expect(f.openInPeriod).toEqual({ count: 4, amount: expect.closeTo(21_900, 6) });
    expect(f.won).toEqual({ count: 2, amount: 28_000 });
    expect(f.lost).toEqual({ count: 1, amount: 5_000 }); // Renouvellement closed in September, outside the period
    expect(f.remaining).toBe(32_000);
    expect(f.coverage).toBeCloseTo(21_900 / 32_000, 9);
    expect(f.winRate).toBeCloseTo(2 / 3, 9);
    expect(f.averageWon).toBe(14_000);
    // Audit 1 June → 5 October: 126 days; Maintenance 15 September → 15 November: 61 days.
    expect(f.cycle).toEqual({ mean: 93.5, median: 93.5, count: 2 });
    expect(f.velocity).toBeCloseTo(((6 * (2 / 3) * 14_000) / 93.5) * 30, 6);
    // Licences (30 November) and Sans date (10 December) are open past their close date.
    expect(f.pastClose).toEqual({ count: 2, amount: expect.closeTo(2_134.56, 6) });
    // Over 60 days in stage on 15 December: Licences (since 1 October, 75 days), Étude (since 1 May, 228 days).
    expect(f.stale).toEqual({ count: 2, amount: expect.closeTo(46_234.56, 6) });
    // Commit: 12 500 + 1 234,56; best case: 7 265,44 + 900; range from won + commit to won + commit + best case.
    expect(f.forecast).toEqual({ commit: expect.closeTo(13_734.56, 6), bestCase: expect.closeTo(8_165.44, 6), pipeline: 0, low: expect.closeTo(41_734.56, 6), high: expect.closeTo(49_900, 6) });
    // Economic buyer filled on Réseau Lyon and Licences (« Non » counts as empty); champion also on Extension.
    expect(f.meddicc).toEqual([
      { field: 'economicBuyer', share: 2 / 6 },
      { field: 'champion', share: 3 / 6 },
    ]);
    expect(f.meddiccComplete).toBe(2 / 6);
    expect(f.byStage.map((b) => [b.key, b.count, Math.round(b.amount * 100)])).toEqual([
      ['Proposition', 2, 1_976_544],
      ['Découverte', 2, 390_000],
      ['Décision', 1, 123_456],
      ['Qualification', 1, 4_500_000],
    ]);
    expect(f.byMonth.map((b) => [b.key, b.count, Math.round(b.amount * 100)])).toEqual([
      ['2026-11', 1, 123_456],
      ['2026-12', 3, 2_066_544],
      ['2027-01', 1, 300_000],
      ['2027-03', 1, 4_500_000],
    ]);
    // Ages on 15 December: Extension 14, Formation 35, Réseau Lyon 105, Licences 136, Étude 228 days.
    expect(f.aging!.map((b) => [b.key, b.count, Math.round(b.amount * 100)])).toEqual([
      ['0-30', 1, 726_544],
      ['31-60', 1, 300_000],
      ['61-90', 0, 0],
      ['91-180', 2, 1_373_456],
      ['181-', 1, 4_500_000],
    ]);
  });
});

describe('English HubSpot-style export', () => {
  const file = readFile(bytes('crm-en-hubspot.csv'));
  const f = analyse(file.deals, file.mapping, { today: day(2026, 12, 15), start: day(2026, 10, 1), end: day(2026, 12, 31), target: 20_000, staleDays: 60 });

  it('reads UTF-8 with BOM, « , », « 1,234.56 » and US dates', () => {
    expect(file.encoding).toBe('utf-8');
    expect(file.delimiter).toBe(',');
    expect(file.headers[0]).toBe('Deal Name');
    expect(file.formats).toEqual({ decimal: '.', dates: 'mdy' });
    expect(file.bad).toEqual([{ line: 6, reason: 'amount', field: 'amount', value: 'n/a' }]);
  });

  it('gives the figures worked out by hand', () => {
    expect(f.open).toEqual({ count: 2, amount: expect.closeTo(7_000, 6) });
    // 1 234,56 × 0,6 + 5 765,44 × 0,9.
    expect(f.weighted).toBeCloseTo(740.736 + 5_188.896, 6);
    expect(f.won).toEqual({ count: 1, amount: 10_000 });
    expect(f.winRate).toBe(0.5);
    expect(f.coverage).toBeCloseTo(1_234.56 / 10_000, 9);
    expect(f.cycle).toEqual({ mean: 61, median: 61, count: 1 });
    expect(f.pastClose).toEqual({ count: 0, amount: 0 });
    expect(f.stale).toBeNull();
    expect(f.forecast).toBeNull();
    expect(f.meddiccComplete).toBeNull();
  });
});
