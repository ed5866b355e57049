/**
 * The pipeline check's state, in memory only: the file chosen by the manager is read in the
 * browser, never sent, never stored; reloading the page forgets it.
 *
 * Reading is done in slices with the page handed back between slices (`pause`) once a slice has
 * worked `SLICE_MS` milliseconds, so that a 50,000-row export never blocks the page for long. The
 * figures are counted in the same slices as the rows are typed (`Tally`), so that once the last row
 * is read only a cheap finish is left; a change of settings counts them again in one pass (or, for
 * a new target alone, only finishes again). The records stay in this module (`raw`), out of the
 * stores; the stores hold what the island renders.
 *
 * - `$pipeline`: the file read (name, encoding, delimiter, headers, mapping, formats), the deals and
 *   bad rows, and the phase (`idle`, `reading`, `ready`, `error`).
 * - `$settings`: what the manager types (reference day, period, target, days in stage).
 * - `$figures`: the figures of the deals for the settings (with those settings), null while reading
 *   or without valid settings.
 * - `$byOwner`: whether the figures per salesperson are shown (off until asked for); `$owners`: those
 *   figures, counted when first asked for.
 * - `$progress`: how far the reading is (0 to 1), null when not reading; drawn by a small component
 *   of its own, so that a step of progress redraws nothing else.
 */
import { atom } from 'nanostores';
import { FIELDS, guessMapping, missingRequired, type Field, type Mapping } from '../lib/pipeline/columns';
import { readCache, readDeals, scanFormats, type BadRow, type Deal, type Formats } from '../lib/pipeline/deals';
import { decodeInSlices, detectDelimiter, lineBreak, parsePiece, pieces, type Delimiter, type Encoding, type RawRow } from '../lib/pipeline/read';
import { DateOrderDetector, detectDecimalMark, type DateOrder } from '../lib/pipeline/values';
import { ownerTally, tally, type Figures, type Options, type OwnerTally, type Tally } from '../lib/pipeline/analyse';

export type Phase = 'idle' | 'reading' | 'ready' | 'error';

export interface PipelineState {
  phase: Phase;
  fileName: string;
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  headers: string[];
  mapping: Mapping;
  formats: Formats | null;
  /** How slash dates are read: from the file, or chosen by the manager when the file leaves it open (null: to ask). */
  dateOrder: DateOrder | null;
  /** Records read (header excluded). */
  records: number;
  deals: Deal[];
  bad: BadRow[];
  /** Why the file could not be read: `empty` (no record), `required` (no amount, close date or stage column). */
  error: 'empty' | 'required' | null;
}

const initial: PipelineState = { phase: 'idle', fileName: '', encoding: null, delimiter: null, headers: [], mapping: {}, formats: null, dateOrder: null, records: 0, deals: [], bad: [], error: null };

export const $pipeline = atom<PipelineState>(initial);
export const $byOwner = atom(false);
/** Figures with the settings they were counted for (what the report's caption and share link say). */
export interface Report {
  figures: Figures;
  settings: Settings;
  options: Options;
}
export const $figures = atom<Report | null>(null);
export const $owners = atom<{ owner: string; figures: Figures }[] | null>(null);
export const $progress = atom<number | null>(null);

/** The settings as typed (ISO dates, numbers); `optionsOf` turns them into analysis options. */
export interface Settings {
  today: string;
  start: string;
  end: string;
  target: string;
  staleDays: string;
}

export const $settings = atom<Settings>({ today: '', start: '', end: '', target: '', staleDays: '60' });

/**
 * Work done between two checks of the clock: records typed and counted, characters parsed, bytes
 * decoded. Each is a millisecond or two on a laptop; the page is handed back once a slice has
 * worked `SLICE_MS` (wall clock, so that a slowed-down machine gets smaller slices).
 */
export const CHUNK_ROWS = 250;
export const PIECE_CHARS = 1 << 15;
export const DECODE_BYTES = 1 << 17;
export const SLICE_MS = 8;

/** Hands the page back to the browser between two slices (replaced in tests). */
export type Pause = () => Promise<void>;
export const nextTask: Pause = () => {
  // `scheduler.yield()` where the browser has it; otherwise a message to itself, which, unlike a chain
  // of `setTimeout(0)`, is not held back 4 ms each time.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
};

/**
 * Runs `step(from, to)` over `0..length` by `CHUNK_ROWS`, handing the page back (`pause`) whenever
 * a slice has worked `budget` ms, after telling `tick` the share done. Returns false when reading
 * `run` has been overtaken by a newer one during a pause.
 */
async function sliced(run: number, length: number, step: (from: number, to: number) => void, pause: Pause, budget: number, tick: (done: number) => void): Promise<boolean> {
  let since = performance.now();
  for (let from = 0; from < length; from += CHUNK_ROWS) {
    step(from, Math.min(length, from + CHUNK_ROWS));
    if (performance.now() - since >= budget) {
      tick(from / length);
      await pause();
      if (run !== generation) return false;
      since = performance.now();
    }
  }
  return true;
}

let raw: RawRow[] = [];
/** Incremented by every new reading, so that a slow reading overtaken by a newer one stops. */
let generation = 0;
/** The tally of the current figures and the options it was counted with (target aside), for a new target without a new count. */
let counted: { tally: Tally; options: Options; owners: OwnerTally | null } | null = null;

/** The settings for `today` (ISO): today, the current calendar quarter, no target, 60 days. */
export function defaultSettings(today: string): Settings {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3);
  const pad = (n: number) => String(n).padStart(2, '0');
  const last = new Date(Date.UTC(y, q * 3 + 3, 0)).getUTCDate();
  return { today, start: `${y}-${pad(q * 3 + 1)}-01`, end: `${y}-${pad(q * 3 + 3)}-${pad(last)}`, target: '', staleDays: '60' };
}

const isoDay = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000) : null;
};

/** The analysis options of `settings`, or null while a date is missing or the period is reversed. */
export function optionsOf(settings: Settings): Options | null {
  const today = isoDay(settings.today);
  const start = isoDay(settings.start);
  const end = isoDay(settings.end);
  if (today === null || start === null || end === null || end < start) return null;
  const target = Number(settings.target.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  const stale = Number(settings.staleDays);
  return { today, start, end, target: settings.target.trim() !== '' && Number.isFinite(target) && target > 0 ? target : null, staleDays: Number.isFinite(stale) && stale >= 0 ? stale : 60 };
}

/** Whether two sets of options count the same (the target only matters to `finish`). */
const sameCount = (a: Options, b: Options) => a.today === b.today && a.start === b.start && a.end === b.end && a.staleDays === b.staleDays;

/** Types every record with the current mapping and formats, and counts the figures, in the same slices. */
async function typeRows(run: number, pause: Pause, budget: number, [low, high]: number[]): Promise<void> {
  const state = $pipeline.get();
  const { formats, dateOrder, mapping } = state;
  const deals: Deal[] = [];
  const bad: BadRow[] = [];
  const options = optionsOf($settings.get());
  const counter = options && tally(mapping, options);
  if (formats && dateOrder) {
    const cache = readCache();
    const step = (from: number, to: number) => {
      const before = deals.length;
      readDeals(raw, from, to, state.headers.length, mapping, formats.decimal, dateOrder, deals, bad, cache);
      counter?.add(deals, before, deals.length);
    };
    if (!(await sliced(run, raw.length, step, pause, budget, (done) => $progress.set(low! + (high! - low!) * done)))) return;
  }
  $pipeline.set({ ...$pipeline.get(), deals, bad, phase: 'ready' });
  $progress.set(null);
  // Counted with the settings of the start: finished at once, or counted again if they have changed since.
  counted = counter && options && { tally: counter, options, owners: null };
  count();
}

/**
 * Sets the figures of the deals read for the current settings: the current tally finished again when
 * it was counted with the same dates (a new target), otherwise counted again (one pass, about 10 ms
 * for 50,000 deals on a laptop). Then the figures per salesperson, when they are shown, counted the
 * first time they are asked for.
 */
function count(): void {
  const { phase, dateOrder, deals, mapping } = $pipeline.get();
  const settings = $settings.get();
  const options = optionsOf(settings);
  const byOwner = $byOwner.get();
  if (phase !== 'ready' || !dateOrder || !options) {
    $figures.set(null);
    $owners.set(null);
    return;
  }
  if (!counted || !sameCount(counted.options, options)) {
    counted = { tally: tally(mapping, options), options, owners: null };
    counted.tally.add(deals);
  }
  if (byOwner && !counted.owners) {
    counted.owners = ownerTally(mapping, options);
    counted.owners.add(deals);
  }
  $figures.set({ figures: counted.tally.finish(options.target), settings, options });
  $owners.set(byOwner ? counted.owners!.finish() : null);
}

/** Sets what the manager typed and counts the figures again (a new target alone costs no count). */
export function setSettings(settings: Settings): void {
  $settings.set(settings);
  if ($pipeline.get().phase === 'ready') count();
}

/** Shows or hides the figures per salesperson, counting them the first time they are asked for. */
export function showOwners(show: boolean): void {
  $byOwner.set(show);
  count();
}

/** Detects the formats of the amounts and dates of the mapped columns, in slices. */
async function detect(run: number, pause: Pause, budget: number, [low, high]: number[]): Promise<boolean> {
  const state = $pipeline.get();
  const amounts: string[] = [];
  const detector = new DateOrderDetector();
  if (!(await sliced(run, raw.length, (from, to) => scanFormats(raw, from, to, state.mapping, amounts, detector), pause, budget, (done) => $progress.set(low! + (high! - low!) * done)))) return false;
  const formats: Formats = { decimal: detectDecimalMark(amounts, state.delimiter === ';' ? ',' : '.'), dates: detector.evidence };
  const dateOrder = formats.dates === 'dmy' || formats.dates === 'mdy' ? formats.dates : formats.dates === 'none' ? 'dmy' : state.dateOrder;
  $pipeline.set({ ...state, formats, dateOrder });
  return true;
}

/** A new reading: earlier readings and counts stop, the figures are forgotten until it ends. */
function startReading(): number {
  counted = null;
  $figures.set(null);
  $owners.set(null);
  $progress.set(null);
  return ++generation;
}

/** Reads the file `bytes` named `fileName`: decodes, parses in pieces, guesses the mapping, detects formats, types the rows and counts the figures. */
export async function loadFile(bytes: Uint8Array, fileName: string, pause: Pause = nextTask, budget = SLICE_MS): Promise<void> {
  const run = startReading();
  raw = [];
  $pipeline.set({ ...initial, phase: 'reading', fileName });
  $progress.set(0);
  await pause();
  if (run !== generation) return;
  let since = performance.now();
  /** Hands the page back when the slice has worked its budget, with the progress `done`; false when overtaken. */
  const go = async (done: number) => {
    if (performance.now() - since < budget) return true;
    $progress.set(done);
    await pause();
    since = performance.now();
    return run === generation;
  };
  const decoding = decodeInSlices(bytes, DECODE_BYTES);
  let step = decoding.next();
  for (let at = DECODE_BYTES; !step.done; at += DECODE_BYTES) {
    if (!(await go((0.1 * at) / bytes.length))) return;
    step = decoding.next();
  }
  const { text, encoding } = step.value;
  const delimiter = detectDelimiter(text);
  const rows: RawRow[] = [];
  const newline = lineBreak(text);
  let line = 1;
  let parsed = 0;
  for (const piece of pieces(text, PIECE_CHARS)) {
    line = parsePiece(piece, delimiter, line, rows, newline);
    parsed += piece.length;
    if (!(await go(0.1 + (0.45 * parsed) / text.length))) return;
  }
  const [header, ...records] = rows;
  raw = records;
  const headers = header?.cells.map((h) => h.trim()) ?? [];
  const mapping = guessMapping(headers);
  const error = records.length === 0 ? 'empty' : missingRequired(mapping).length > 0 ? 'required' : null;
  $pipeline.set({ ...initial, phase: error ? 'error' : 'reading', fileName, encoding, delimiter, headers, mapping, records: records.length, error });
  $progress.set(error ? null : 0.55);
  if (!error && (await detect(run, pause, budget, [0.55, 0.65]))) await typeRows(run, pause, budget, [0.65, 1]);
}

/** Sets the column of `field` (`-1`: none) and reads the file again with it. */
export async function setColumn(field: Field, index: number, pause: Pause = nextTask, budget = SLICE_MS): Promise<void> {
  const run = startReading();
  const state = $pipeline.get();
  const mapping: Mapping = {};
  for (const f of FIELDS) {
    const current = f === field ? index : state.mapping[f];
    // A column serves one field: the one just chosen takes it from any other.
    if (current !== undefined && current >= 0 && (f === field || current !== index)) mapping[f] = current;
  }
  const missing = missingRequired(mapping).length > 0;
  $pipeline.set({ ...state, mapping, phase: missing ? 'error' : 'reading', error: missing ? 'required' : null, deals: [], bad: [] });
  if (missing) return;
  $progress.set(0);
  if (await detect(run, pause, budget, [0, 0.2])) await typeRows(run, pause, budget, [0.2, 1]);
}

/** Sets how ambiguous slash dates are read, and reads the rows again. */
export async function setDateOrder(order: DateOrder, pause: Pause = nextTask, budget = SLICE_MS): Promise<void> {
  const run = startReading();
  $pipeline.set({ ...$pipeline.get(), dateOrder: order, phase: 'reading' });
  $progress.set(0);
  await typeRows(run, pause, budget, [0, 1]);
}

/** Forgets the file (the manager's « clear »). */
export function clearFile(): void {
  startReading();
  raw = [];
  $pipeline.set(initial);
  $progress.set(null);
  $byOwner.set(false);
}
