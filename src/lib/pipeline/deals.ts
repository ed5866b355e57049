/**
 * From raw records to deals: each mapped cell read as its field's type. A record that cannot be
 * read (wrong number of cells, no readable amount or close date, no stage) becomes a bad row with
 * its line and reason, listed to the manager: nothing is dropped silently. Pure.
 */
import type { Field, Mapping } from './columns';
import { MEDDICC_FIELDS } from './columns';
import type { RawRow } from './read';
import { DateOrderDetector, detectDecimalMark, parseAmount, parseDate, parseProbability, type DateEvidence, type DateOrder, type DecimalMark } from './values';

export type Status = 'open' | 'won' | 'lost';
export type ForecastCategory = 'commit' | 'bestCase' | 'pipeline' | 'omitted';

export interface Deal {
  line: number;
  owner: string;
  stage: string;
  status: Status;
  amount: number;
  /** 0 to 100, or null when the export has none for this deal. */
  probability: number | null;
  closeDay: number;
  createdDay: number | null;
  /** Day the deal entered its current stage, or null. */
  stageDay: number | null;
  /** Days in the current stage as the export states it, or null. */
  daysInStage: number | null;
  forecast: ForecastCategory | null;
  /** How many of the MEDDICC columns present are filled for this deal. */
  meddicc: number;
  /** Bit i set when MEDDICC column i (in `MEDDICC_FIELDS` order) is filled. */
  meddiccBits: number;
}

/** Why a record was not read. */
export type BadReason = 'cells' | 'amount' | 'closeDate' | 'stage' | 'date' | 'probability';

export interface BadRow {
  line: number;
  reason: BadReason;
  /** The field concerned, for a date or probability. */
  field?: Field;
  /** The value that could not be read (cut to 40 characters). */
  value?: string;
}

/** The formats of a file: decimal mark of its amounts, order of its slash dates (or what is known of it). */
export interface Formats {
  decimal: DecimalMark;
  dates: DateEvidence;
}

const DATE_FIELDS = ['closeDate', 'createdDate', 'stageDate'] as const satisfies readonly Field[];

/** Looks at the amounts and dates of `rows[from..to)` and feeds the detectors. */
export function scanFormats(rows: readonly RawRow[], from: number, to: number, mapping: Mapping, amounts: string[], detector: DateOrderDetector): void {
  for (let r = from; r < to; r++) {
    const cells = rows[r]!.cells;
    if (mapping.amount !== undefined && amounts.length < 5000) amounts.push(cells[mapping.amount] ?? '');
    for (const field of DATE_FIELDS) {
      const index = mapping[field];
      if (index !== undefined) detector.add(cells[index] ?? '');
    }
  }
}

/** Returns the formats of all `rows` at once (tests, small files). */
export function detectFormats(rows: readonly RawRow[], mapping: Mapping, fallback: DecimalMark): Formats {
  const amounts: string[] = [];
  const detector = new DateOrderDetector();
  scanFormats(rows, 0, rows.length, mapping, amounts, detector);
  return { decimal: detectDecimalMark(amounts, fallback), dates: detector.evidence };
}

const WON = /\b(closed ?won|won|gagn\w*|signe\w*|conclu\w*)\b/;
const LOST = /\b(closed ?lost|lost|perdu\w*|abandonn\w*|deleted|supprim\w*)\b/;

/** Normalised text for matching words: lower case, accents dropped, `closedwon` split. */
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/closed(won|lost)/, 'closed $1');

/** Status from a status cell (« won », « Gagnée », « open ») or, without one, from the stage (« Closed Won », « Perdue »). */
export function readStatus(status: string | undefined, stage: string): Status {
  for (const text of [status, stage]) {
    if (!text) continue;
    const t = plain(text);
    if (WON.test(t)) return 'won';
    if (LOST.test(t)) return 'lost';
    if (text === status) return 'open';
  }
  return 'open';
}

/** Forecast category from « Commit », « Best Case », « Pipeline », « Omitted » and French labels; null when empty or unknown. */
export function readForecast(value: string): ForecastCategory | null {
  const t = plain(value).trim();
  if (t === '') return null;
  if (/^(commit|engage|ferme|valide)/.test(t)) return 'commit';
  if (/^(best ?case|meilleur|probable|possible|upside)/.test(t)) return 'bestCase';
  if (/^(pipe|pipeline|en cours)/.test(t)) return 'pipeline';
  if (/^(omit|omis|exclu|closed|clos)/.test(t)) return 'omitted';
  return null;
}

const EMPTY = /^(|-|–|no|non|false|faux|0|n\/?a|\?|tbd|inconnu|unknown)$/i;

/** Whether a MEDDICC cell says something (not empty, not « non », « ? », « n/a »…). */
export const filled = (value: string | undefined) => !EMPTY.test((value ?? '').trim());

const cut = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/**
 * What `readDeals` has already read, kept from one slice to the next of the same reading (same date
 * order): exports repeat the same dates, stages and categories, and each distinct text is read once.
 */
export interface ReadCache {
  dates: Map<string, number | null>;
  statuses: Map<string, Status>;
  forecasts: Map<string, ForecastCategory | null>;
}

export const readCache = (): ReadCache => ({ dates: new Map(), statuses: new Map(), forecasts: new Map() });

/**
 * Reads `rows[from..to)` into `deals`, or `bad` with the reason; `width` is the header's number of
 * cells. `order` is how to read slash dates (asked of the manager when the file does not say);
 * `cache` may be shared by the slices of one reading with the same `order`.
 */
export function readDeals(rows: readonly RawRow[], from: number, to: number, width: number, mapping: Mapping, decimal: DecimalMark, order: DateOrder, deals: Deal[], bad: BadRow[], cache: ReadCache = readCache()): void {
  const meddiccColumns = MEDDICC_FIELDS.map((f) => mapping[f]);
  const { dates, statuses, forecasts } = cache;
  const readDate = (text: string) => {
    let day = dates.get(text);
    if (day === undefined) dates.set(text, (day = parseDate(text, order)));
    return day;
  };
  let cells: string[] = [];
  const cell = (field: Field) => {
    const index = mapping[field];
    return index === undefined ? undefined : cells[index]!.trim();
  };
  let line = 0;
  let failed = false;
  const optionalDate = (field: 'createdDate' | 'stageDate') => {
    const text = cell(field) ?? '';
    if (text === '' || failed) return null;
    const day = readDate(text);
    if (day === null) {
      bad.push({ line, reason: 'date', field, value: cut(text) });
      failed = true;
    }
    return day;
  };
  for (let r = from; r < to; r++) {
    const row = rows[r]!;
    line = row.line;
    cells = row.cells;
    if (cells.length !== width) {
      bad.push({ line, reason: 'cells', value: String(cells.length) });
      continue;
    }
    const amountText = cell('amount') ?? '';
    const amount = parseAmount(amountText, decimal);
    if (amount === null) {
      bad.push({ line, reason: 'amount', field: 'amount', value: cut(amountText) });
      continue;
    }
    const closeText = cell('closeDate') ?? '';
    const closeDay = readDate(closeText);
    if (closeDay === null) {
      bad.push({ line, reason: 'closeDate', field: 'closeDate', value: cut(closeText) });
      continue;
    }
    const stage = cell('stage') ?? '';
    const statusText = cell('status');
    if (stage === '' && !statusText) {
      bad.push({ line, reason: 'stage', field: 'stage' });
      continue;
    }
    failed = false;
    const createdDay = optionalDate('createdDate');
    const stageDay = optionalDate('stageDate');
    const probabilityText = cell('probability') ?? '';
    const probability = probabilityText === '' ? null : parseProbability(probabilityText);
    if (probabilityText !== '' && probability === null && !failed) {
      bad.push({ line, reason: 'probability', field: 'probability', value: cut(probabilityText) });
      failed = true;
    }
    if (failed) continue;
    const daysText = cell('daysInStage') ?? '';
    const days = daysText === '' ? null : Number(daysText.replace(',', '.'));
    let meddicc = 0;
    let meddiccBits = 0;
    for (let i = 0; i < meddiccColumns.length; i++) {
      const index = meddiccColumns[i];
      if (index !== undefined && filled(cells[index])) {
        meddicc++;
        meddiccBits |= 1 << i;
      }
    }
    // Without a status column (the same for the whole reading) the stage alone is the key.
    const statusKey = statusText === undefined ? stage : `${statusText}\u0000${stage}`;
    let status = statuses.get(statusKey);
    if (status === undefined) statuses.set(statusKey, (status = readStatus(statusText, stage)));
    let forecast: ForecastCategory | null = null;
    if (mapping.forecast !== undefined) {
      const text = cell('forecast') ?? '';
      forecast = forecasts.get(text) ?? null;
      if (!forecasts.has(text)) forecasts.set(text, (forecast = readForecast(text)));
    }
    deals.push({
      line,
      owner: cell('owner') ?? '',
      stage: stage || (statusText ?? ''),
      status,
      amount,
      probability,
      closeDay,
      createdDay,
      stageDay,
      daysInStage: days !== null && Number.isFinite(days) ? days : null,
      forecast,
      meddicc,
      meddiccBits,
    });
  }
}
