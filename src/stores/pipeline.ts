/**
 * The pipeline check's state, in memory only: the file chosen by the manager is read in the
 * browser, never sent, never stored; reloading the page forgets it.
 *
 * Reading is done in slices (`SLICE_ROWS` records or `PIECE_CHARS` characters at a time) with the
 * page handed back between slices (`pause`), so that a 50,000-row export never blocks the page
 * for long. The records stay in this module (`raw`), out of the stores; the stores hold what the
 * island renders.
 *
 * - `$pipeline`: the file read (name, encoding, delimiter, headers, mapping, formats), the deals and
 *   bad rows, and the phase (`idle`, `reading`, `ready`, `error`).
 * - `$settings`: what the manager types (reference day, period, target, days in stage).
 * - `$byOwner`: whether the figures per salesperson are shown (off until asked for).
 */
import { atom } from 'nanostores';
import { FIELDS, guessMapping, missingRequired, type Field, type Mapping } from '../lib/pipeline/columns';
import { readDeals, scanFormats, type BadRow, type Deal, type Formats } from '../lib/pipeline/deals';
import { decodeInSlices, detectDelimiter, lineBreak, parsePiece, pieces, type Delimiter, type Encoding, type RawRow } from '../lib/pipeline/read';
import { DateOrderDetector, detectDecimalMark, type DateOrder } from '../lib/pipeline/values';
import type { Options } from '../lib/pipeline/analyse';

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

/** The settings as typed (ISO dates, numbers); `optionsOf` turns them into analysis options. */
export interface Settings {
  today: string;
  start: string;
  end: string;
  target: string;
  staleDays: string;
}

export const $settings = atom<Settings>({ today: '', start: '', end: '', target: '', staleDays: '60' });

/** Records per slice when typing rows, characters per piece when parsing, bytes per slice when decoding. */
export const SLICE_ROWS = 2_500;
export const PIECE_CHARS = 1 << 16;
export const DECODE_BYTES = 1 << 18;

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

let raw: RawRow[] = [];
/** Incremented by every new reading, so that a slow reading overtaken by a newer one stops. */
let generation = 0;

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

/** Types every record with the current mapping and formats, in slices. */
async function typeRows(run: number, pause: Pause): Promise<void> {
  const state = $pipeline.get();
  if (!state.formats || !state.dateOrder) {
    $pipeline.set({ ...state, deals: [], bad: [], phase: 'ready' });
    return;
  }
  const deals: Deal[] = [];
  const bad: BadRow[] = [];
  for (let from = 0; from < raw.length; from += SLICE_ROWS) {
    readDeals(raw, from, Math.min(raw.length, from + SLICE_ROWS), state.headers.length, state.mapping, state.formats.decimal, state.dateOrder, deals, bad);
    await pause();
    if (run !== generation) return;
  }
  $pipeline.set({ ...$pipeline.get(), deals, bad, phase: 'ready' });
}

/** Detects the formats of the amounts and dates of the mapped columns, in slices. */
async function detect(run: number, pause: Pause): Promise<boolean> {
  const state = $pipeline.get();
  const amounts: string[] = [];
  const detector = new DateOrderDetector();
  for (let from = 0; from < raw.length; from += SLICE_ROWS) {
    scanFormats(raw, from, Math.min(raw.length, from + SLICE_ROWS), state.mapping, amounts, detector);
    await pause();
    if (run !== generation) return false;
  }
  const formats: Formats = { decimal: detectDecimalMark(amounts, state.delimiter === ';' ? ',' : '.'), dates: detector.evidence };
  const dateOrder = formats.dates === 'dmy' || formats.dates === 'mdy' ? formats.dates : formats.dates === 'none' ? 'dmy' : state.dateOrder;
  $pipeline.set({ ...state, formats, dateOrder });
  return true;
}

/** Reads the file `bytes` named `fileName`: decodes, parses in pieces, guesses the mapping, detects formats, types the rows. */
export async function loadFile(bytes: Uint8Array, fileName: string, pause: Pause = nextTask): Promise<void> {
  const run = ++generation;
  raw = [];
  $pipeline.set({ ...initial, phase: 'reading', fileName });
  await pause();
  const decoding = decodeInSlices(bytes, DECODE_BYTES);
  let step = decoding.next();
  while (!step.done) {
    await pause();
    if (run !== generation) return;
    step = decoding.next();
  }
  const { text, encoding } = step.value;
  const delimiter = detectDelimiter(text);
  await pause();
  const rows: RawRow[] = [];
  const newline = lineBreak(text);
  let line = 1;
  for (const piece of pieces(text, PIECE_CHARS)) {
    line = parsePiece(piece, delimiter, line, rows, newline);
    await pause();
    if (run !== generation) return;
  }
  const [header, ...records] = rows;
  raw = records;
  const headers = header?.cells.map((h) => h.trim()) ?? [];
  const mapping = guessMapping(headers);
  const error = records.length === 0 ? 'empty' : missingRequired(mapping).length > 0 ? 'required' : null;
  $pipeline.set({ ...initial, phase: error ? 'error' : 'reading', fileName, encoding, delimiter, headers, mapping, records: records.length, error });
  if (error) return;
  if (await detect(run, pause)) await typeRows(run, pause);
}

/** Sets the column of `field` (`-1`: none) and reads the file again with it. */
export async function setColumn(field: Field, index: number, pause: Pause = nextTask): Promise<void> {
  const run = ++generation;
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
  if (await detect(run, pause)) await typeRows(run, pause);
}

/** Sets how ambiguous slash dates are read, and reads the rows again. */
export async function setDateOrder(order: DateOrder, pause: Pause = nextTask): Promise<void> {
  const run = ++generation;
  $pipeline.set({ ...$pipeline.get(), dateOrder: order, phase: 'reading' });
  await typeRows(run, pause);
}

/** Forgets the file (the manager's « clear »). */
export function clearFile(): void {
  generation++;
  raw = [];
  $pipeline.set(initial);
  $byOwner.set(false);
}
