/**
 * The pipeline check's figures counted incrementally (issue 24, speed): a tally fed a slice at a
 * time gives exactly the figures of the one-shot computation, on random deal sets cut at random
 * places (seeded, tests/support/random.ts); the store counts them in the slices that read the file,
 * in one pass over the deals, so that only a cheap finish is left once the last row is read; a new
 * target costs no pass, a new period one pass; the figures per salesperson are counted when asked
 * for. Exact equality throughout (`toEqual`, no tolerance): the sums are made in the same order.
 * Amounts are read by a quick path that builds no string: it gives the number the rules give, on
 * random texts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyse, analyseByOwner, ownerTally, tally, type Options } from '../../src/lib/pipeline/analyse';
import type { Mapping } from '../../src/lib/pipeline/columns';
import type { Deal, ForecastCategory, Status } from '../../src/lib/pipeline/deals';
import { $byOwner, $figures, $owners, $pipeline, $progress, $settings, clearFile, loadFile, optionsOf, setColumn, setSettings, showOwners, type Settings } from '../../src/stores/pipeline';
import { parseAmount, parseAmountByRules } from '../../src/lib/pipeline/values';
import { random } from '../support/random';

/** Deals counted by each tally the store makes, per slice (a slice ends at each pause of the tests' own). */
const counted = vi.hoisted(() => ({ slices: [[]] as number[][] }));
vi.mock('../../src/lib/pipeline/analyse', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/lib/pipeline/analyse')>();
  return {
    ...original,
    tally: (...args: Parameters<typeof original.tally>) => {
      const inner = original.tally(...args);
      return {
        add: (list: readonly Deal[], from = 0, to = list.length) => {
          counted.slices.at(-1)!.push(to - from);
          inner.add(list, from, to);
        },
        finish: inner.finish,
      };
    },
  };
});

const STATUSES: Status[] = ['open', 'open', 'open', 'won', 'lost'];
const FORECASTS: (ForecastCategory | null)[] = [null, 'commit', 'bestCase', 'pipeline', 'omitted'];
const OWNERS = ['Camille', 'Jean', 'Aïcha', 'Émile', ''];
const STAGES = ['Qualification', 'Découverte', 'Proposition', 'Décision', 'Négociation'];

/** `count` deals drawn with `next`: every field varies, amounts with cents, some values missing. */
function deals(next: () => number, count: number): Deal[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const maybe = <T>(value: T) => (next() < 0.2 ? null : value);
  return Array.from({ length: count }, (_, i) => {
    const closeDay = 20_300 + Math.floor(next() * 500);
    const stageDay = maybe(closeDay - Math.floor(next() * 300));
    return {
      line: i + 2,
      owner: pick(OWNERS),
      stage: pick(STAGES),
      status: pick(STATUSES),
      amount: Math.round(next() * 10_000_000) / 100,
      probability: maybe(Math.floor(next() * 101)),
      closeDay,
      createdDay: maybe(closeDay - Math.floor(next() * 400)),
      stageDay,
      daysInStage: stageDay === null ? maybe(Math.floor(next() * 200)) : null,
      forecast: pick(FORECASTS),
      meddicc: 0,
      meddiccBits: Math.floor(next() * 256),
    };
  });
}

const FULL: Mapping = { owner: 0, stage: 1, amount: 2, closeDate: 3, probability: 4, createdDate: 5, stageDate: 6, forecast: 7, metrics: 8, economicBuyer: 9, champion: 10, competition: 11 };
const BARE: Mapping = { stage: 1, amount: 2, closeDate: 3 };

/** Random cut points of `0..length`, in order, ending with `length`. */
function cuts(next: () => number, length: number): number[] {
  const points = Array.from({ length: Math.floor(next() * 12) }, () => Math.floor(next() * (length + 1)));
  return [...points.sort((a, b) => a - b), length];
}

describe('incremental figures (property, seeded)', () => {
  it('a tally fed in random slices gives exactly the one-shot figures, for the team and per salesperson', () => {
    const next = random(24);
    for (let set = 0; set < 300; set++) {
      const list = deals(next, Math.floor(next() * 400));
      const mapping = next() < 0.7 ? FULL : BARE;
      const start = 20_400 + Math.floor(next() * 100);
      const options: Options = { today: 20_500 + Math.floor(next() * 200), start, end: start + Math.floor(next() * 200), target: next() < 0.3 ? null : Math.round(next() * 5_000_000), staleDays: Math.floor(next() * 120) };
      const team = tally(mapping, options);
      const owners = ownerTally(mapping, options);
      let from = 0;
      for (const to of cuts(next, list.length)) {
        team.add(list, from, to);
        owners.add(list, from, to);
        from = to;
      }
      expect(team.finish(options.target), `set ${set}`).toEqual(analyse(list, mapping, options));
      expect(owners.finish(), `set ${set}`).toEqual(analyseByOwner(list, mapping, options));
      // A new target changes only what depends on it.
      expect(team.finish(123_456)).toEqual(analyse(list, mapping, { ...options, target: 123_456 }));
    }
  });

  it('finishing twice gives the same figures, and a finished result is not changed by later slices', () => {
    const list = deals(random(7), 200);
    const options: Options = { today: 20_600, start: 20_400, end: 20_700, target: 1_000_000, staleDays: 60 };
    const team = tally(FULL, options);
    team.add(list, 0, 100);
    const half = team.finish(options.target);
    const copy = structuredClone(half);
    team.add(list, 100, 200);
    expect(half).toEqual(copy);
    expect(half).toEqual(analyse(list.slice(0, 100), FULL, options));
    expect(team.finish(options.target)).toEqual(team.finish(options.target));
    expect(team.finish(options.target)).toEqual(analyse(list, FULL, options));
  });
});

/** A French Excel-like export of `rows` deals drawn with `seed` (UTF-8 here; the reading itself is tested elsewhere). */
function csv(seed: number, rows: number): Uint8Array {
  const next = random(seed);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = (day: number) => {
    const d = new Date(day * 86_400_000);
    return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  };
  const lines = ["Propriétaire de l'opportunité;Étape;Montant;Probabilité (%);Date de clôture;Date de création;Catégorie de prévision;Champion"];
  for (let i = 0; i < rows; i++) {
    const close = 20_400 + Math.floor(next() * 400);
    const stage = ['Qualification', 'Proposition', 'Gagnée', 'Perdue'][Math.floor(next() * 4)]!;
    const amount = `${Math.floor(next() * 90)} ${String(Math.floor(next() * 1000)).padStart(3, '0')},${pad(Math.floor(next() * 100))} €`;
    lines.push([OWNERS[i % OWNERS.length], stage, i % 500 === 499 ? 'à voir' : amount, String(Math.floor(next() * 100)), date(close), date(close - Math.floor(next() * 300)), ['Engagé', 'Meilleur cas', 'Pipeline', ''][i % 4], next() < 0.5 ? 'Oui' : ''].join(';'));
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

const SETTINGS: Settings = { today: '2026-03-15', start: '2026-01-01', end: '2026-03-31', target: '5 000 000', staleDays: '60' };

describe('store: figures counted while the file is read', () => {
  const pause = async () => {};
  beforeEach(() => {
    clearFile();
    $settings.set(SETTINGS);
    counted.slices = [[]];
  });
  const sliced = async () => {
    counted.slices.push([]);
  };

  it('counts every deal once, in several slices, and ends with the one-shot figures', async () => {
    await loadFile(csv(1, 3_000), 'export.csv', sliced, 0);
    const state = $pipeline.get();
    expect(state.phase).toBe('ready');
    expect(state.bad).toHaveLength(6);
    const perSlice = counted.slices.map((slice) => slice.reduce((a, b) => a + b, 0));
    // One pass over the deals, no second one at the end.
    expect(perSlice.reduce((a, b) => a + b, 0)).toBe(state.deals.length);
    expect(perSlice.filter((n) => n > 0).length).toBeGreaterThan(5);
    expect(Math.max(...perSlice)).toBeLessThanOrEqual(250);
    const options = optionsOf(SETTINGS)!;
    expect($figures.get()).toEqual({ figures: analyse(state.deals, state.mapping, options), settings: SETTINGS, options });
  });

  it('shows its progress while reading, rising, and none once read, refused or overtaken', async () => {
    const seen: number[] = [];
    const unlisten = $progress.listen((value) => value !== null && seen.push(value));
    await loadFile(csv(5, 1_500), 'export.csv', pause, 0);
    unlisten();
    expect(seen.length).toBeGreaterThan(5);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
    expect($progress.get()).toBeNull();
    await loadFile(new TextEncoder().encode('Titre;Valeur\nA;1\n'), 'x.csv', pause, 0);
    expect($progress.get()).toBeNull();
    // A reading overtaken by a column chosen that leaves a required one missing: no bar left behind.
    const reading = loadFile(csv(6, 1_500), 'export.csv', pause, 0);
    await setColumn('amount', -1, pause, 0);
    await reading;
    expect($progress.get()).toBeNull();
  });

  it('a new target finishes again without a pass; a new period counts again, once', async () => {
    await loadFile(csv(2, 2_000), 'export.csv', pause, 0);
    const { deals: list, mapping } = $pipeline.get();
    counted.slices = [[]];
    const target = { ...SETTINGS, target: '250 000' };
    setSettings(target);
    expect(counted.slices.flat()).toEqual([]);
    expect($figures.get()?.figures).toEqual(analyse(list, mapping, optionsOf(target)!));
    const period = { ...target, start: '2026-02-01', end: '2026-06-30' };
    setSettings(period);
    expect(counted.slices.flat().reduce((a, b) => a + b, 0)).toBe(list.length);
    expect($figures.get()).toEqual({ figures: analyse(list, mapping, optionsOf(period)!), settings: period, options: optionsOf(period) });
    // Settings that cannot be read: no figures, none stale.
    setSettings({ ...period, end: '2025-01-01' });
    expect($figures.get()).toBeNull();
  });

  it('settings changed while the file is read: the figures are those of the last settings', async () => {
    const later = { ...SETTINGS, start: '2026-04-01', end: '2026-06-30' };
    let changed = false;
    // Changed while the rows are typed and counted (the formats are known by then).
    await loadFile(csv(3, 1_500), 'export.csv', async () => {
      if (!changed && $pipeline.get().formats) {
        changed = true;
        $settings.set(later);
      }
    }, 0);
    expect(changed).toBe(true);
    const { deals: list, mapping } = $pipeline.get();
    expect($figures.get()).toEqual({ figures: analyse(list, mapping, optionsOf(later)!), settings: later, options: optionsOf(later) });
  });

  it('counts the figures per salesperson only when asked for, equal to the one-shot ones', async () => {
    await loadFile(csv(4, 2_000), 'export.csv', pause, 0);
    expect($owners.get()).toBeNull();
    const { deals: list, mapping } = $pipeline.get();
    showOwners(true);
    const owners = $owners.get();
    expect(owners).toEqual(analyseByOwner(list, mapping, optionsOf(SETTINGS)!));
    // Hidden, then asked again: the same figures, not counted again.
    showOwners(false);
    expect($owners.get()).toBeNull();
    showOwners(true);
    expect($owners.get()).toEqual(owners);
    // Shown while a new period is set: counted with it.
    const period = { ...SETTINGS, start: '2025-10-01', end: '2026-12-31' };
    setSettings(period);
    expect($owners.get()).toEqual(analyseByOwner(list, mapping, optionsOf(period)!));
    expect($byOwner.get()).toBe(true);
  });
});

describe('amounts read quickly (property, seeded)', () => {
  it('gives exactly what the rules give, on random texts of digits, spaces, separators and signs', () => {
    const next = random(1234);
    const alphabet = ['0', '1', '2', '5', '7', '9', '9', '3', ' ', '\u00a0', '\u202f', ',', '.', '€', '-', '(', ')', "'", '$', 'E', 'x', '\t'];
    const digits = '0123456789';
    const differ: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      // Half the texts are amounts as exports write them, the other half anything from the alphabet.
      const text =
        i % 2 === 0
          ? `${Array.from({ length: 1 + Math.floor(next() * 16) }, () => digits[Math.floor(next() * 10)]).join('')}${next() < 0.5 ? ',' : '.'}${Array.from({ length: Math.floor(next() * 4) }, () => digits[Math.floor(next() * 10)]).join('')}${next() < 0.5 ? ' €' : ''}`.replace(/^(\d)(\d{3})/, next() < 0.5 ? '$1 $2' : '$1$2')
          : Array.from({ length: Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      for (const mark of [',', '.'] as const) if (!Object.is(parseAmount(text, mark), parseAmountByRules(text, mark))) differ.push(`${JSON.stringify(text)} ${mark}`);
    }
    expect(differ).toEqual([]);
    expect(parseAmount('1 234,56 €', ',')).toBe(1234.56);
    expect(parseAmount('1,234.56', '.')).toBe(1234.56);
    expect(parseAmount('0,1', ',')).toBe(0.1);
  });
});
