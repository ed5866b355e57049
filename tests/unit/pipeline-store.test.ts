/**
 * The pipeline check's store (memory only) and the pieces around it: reading a file in slices gives
 * what the one-call reading gives, mapping and date-order changes read the rows again, the share
 * link carries totals only, and the figures hold together whatever the deals (fast-check).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/pipeline/analyse';
import type { Deal } from '../../src/lib/pipeline/deals';
import { readFile } from '../../src/lib/pipeline/run';
import { decodeTotals, encodeTotals, totalsOf } from '../../src/lib/pipeline/share';
import { $byOwner, $pipeline, clearFile, defaultSettings, loadFile, optionsOf, setColumn, setDateOrder } from '../../src/stores/pipeline';

const now = async () => {};
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/pipeline/${name}`));

describe('store', () => {
  beforeEach(() => clearFile());

  it('reads a file in slices to the same deals and bad rows as the one-call reading', async () => {
    await loadFile(fixture('crm-fr-excel.csv'), 'crm.csv', now);
    const state = $pipeline.get();
    const whole = readFile(fixture('crm-fr-excel.csv'));
    expect(state.phase).toBe('ready');
    expect(state.encoding).toBe('windows-1252');
    expect(state.records).toBe(14);
    expect(state.deals).toEqual(whole.deals);
    expect(state.bad).toEqual(whole.bad);
  });

  it('asks for the mapping when a required column is missing, and reads again once it is chosen', async () => {
    await loadFile(new TextEncoder().encode('Titre;Valeur;Échéance;Étape\nA;100;31/01/2026;Proposition\n'), 'x.csv', now);
    expect($pipeline.get()).toMatchObject({ phase: 'error', error: 'required' });
    await setColumn('closeDate', 2, now);
    expect($pipeline.get()).toMatchObject({ phase: 'ready', error: null });
    expect($pipeline.get().deals).toHaveLength(1);
    // A column serves one field: giving the amount's column to the probability takes it from the amount.
    await setColumn('probability', 1, now);
    expect($pipeline.get().mapping.amount).toBeUndefined();
    expect($pipeline.get().error).toBe('required');
  });

  it('waits for the date order when the file leaves it open, then reads with the one chosen', async () => {
    await loadFile(new TextEncoder().encode('Étape;Montant;Date de clôture\nProposition;1 000;03/04/2026\n'), 'x.csv', now);
    expect($pipeline.get()).toMatchObject({ phase: 'ready', dateOrder: null, deals: [] });
    await setDateOrder('mdy', now);
    const march4 = Date.UTC(2026, 2, 4) / 86_400_000;
    expect($pipeline.get().deals[0]?.closeDay).toBe(march4);
  });

  it('forgets everything on clear', async () => {
    await loadFile(fixture('crm-en-hubspot.csv'), 'crm.csv', now);
    $byOwner.set(true);
    clearFile();
    expect($pipeline.get()).toMatchObject({ phase: 'idle', deals: [], headers: [], fileName: '' });
    expect($byOwner.get()).toBe(false);
  });

  it('defaults to the calendar quarter of today and refuses a reversed period', () => {
    expect(defaultSettings('2026-12-06')).toEqual({ today: '2026-12-06', start: '2026-10-01', end: '2026-12-31', target: '', staleDays: '60' });
    expect(defaultSettings('2028-02-10')).toMatchObject({ start: '2028-01-01', end: '2028-03-31' });
    expect(optionsOf({ today: '2026-12-06', start: '2026-12-31', end: '2026-10-01', target: '', staleDays: '60' })).toBeNull();
    expect(optionsOf({ today: '2026-12-06', start: '2026-10-01', end: '2026-12-31', target: '60 000', staleDays: '30' })).toMatchObject({ target: 60_000, staleDays: 30 });
  });
});

describe('share link', () => {
  it('carries the totals and the period, and nothing else', () => {
    const file = readFile(fixture('crm-fr-excel.csv'));
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const figures = analyse(file.deals, file.mapping, { today: day('2026-12-15'), start: day('2026-10-01'), end: day('2026-12-31'), target: 60_000, staleDays: 60 });
    const value = encodeTotals(totalsOf(figures, '2026-10-01', '2026-12-31'));
    expect(value).toMatch(/^v1;2026-10-01;2026-12-31(;[\d.-]*){12}$/);
    expect(decodeTotals(value)).toMatchObject({ open: 69_900, openCount: 6, winRate: 0.6667, low: 41_734.56, high: 49_900 });
  });

  it('refuses anything that is not a number where a number goes', () => {
    expect(decodeTotals('v1;2026-10-01;2026-12-31;Camille;6;;;;;;;2;;;')).toBeNull();
    expect(decodeTotals('v2;2026-10-01;2026-12-31;1;1;;;;;;;1;;;')).toBeNull();
    expect(decodeTotals('v1;hier;2026-12-31;1;1;;;;;;;1;;;')).toBeNull();
  });
});

describe('figures (property)', () => {
  const deal = fc.record({
    status: fc.constantFrom('open', 'won', 'lost'),
    stage: fc.constantFrom('A', 'B', 'C'),
    amount: fc.integer({ min: 0, max: 1_000_000 }),
    probability: fc.option(fc.integer({ min: 0, max: 100 })),
    closeDay: fc.integer({ min: 20_000, max: 20_400 }),
    createdDay: fc.option(fc.integer({ min: 19_800, max: 20_000 })),
    forecast: fc.option(fc.constantFrom('commit', 'bestCase', 'pipeline', 'omitted')),
  });
  it('splits the open pipeline exactly by stage, month and age, and keeps the forecast range in order', () => {
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 60 }), (raw) => {
        const deals = raw.map((d, i) => ({ ...d, line: i + 2, owner: '', stageDay: null, daysInStage: null, meddicc: 0, meddiccBits: 0 })) as Deal[];
        const f = analyse(deals, { amount: 0, closeDate: 1, stage: 2, createdDate: 3, forecast: 4 }, { today: 20_200, start: 20_100, end: 20_300, target: null, staleDays: 60 });
        const sum = (buckets: { count: number; amount: number }[]) => buckets.reduce((a, b) => ({ count: a.count + b.count, amount: a.amount + b.amount }), { count: 0, amount: 0 });
        expect(sum(f.byStage)).toEqual(f.open);
        expect(sum(f.byMonth)).toEqual(f.open);
        expect(sum(f.aging!)).toEqual({ count: deals.filter((d) => d.status === 'open' && d.createdDay !== null).length, amount: deals.filter((d) => d.status === 'open' && d.createdDay !== null).reduce((a, d) => a + d.amount, 0) });
        expect(f.open.count + deals.filter((d) => d.status !== 'open').length).toBe(deals.length);
        if (f.forecast) expect(f.forecast.low).toBeLessThanOrEqual(f.forecast.high);
        if (f.winRate !== null) expect(f.winRate).toBeGreaterThanOrEqual(0);
        if (f.weighted !== null) expect(f.weighted).toBeLessThanOrEqual(f.open.amount + 1e-6);
      }),
    );
  });
});
