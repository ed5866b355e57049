/**
 * Reading the values of an export: amounts written the French way (« 1 234,56 € ») or the English
 * way (« 1,234.56 »), dates as « 31/01/2026 », ISO (« 2026-01-31 ») or US (« 01/31/2026 »), and
 * probabilities (« 40 % », « 0,4 »). Dates become day numbers (days since 1970-01-01, UTC), so
 * that durations are subtractions. Pure.
 */

export type DecimalMark = ',' | '.';

const DECIMAL_COMMA = /^-?[\d\s.\u00a0\u202f']*\d,\d{1,2}$/;
const DECIMAL_POINT = /^-?[\d\s,\u00a0\u202f']*\d\.\d{1,2}$/;

/** Keeps digits, sign and separators: drops currency signs and codes, spaces of every kind. */
function bare(value: string): string {
  // Most amounts are digits, separators and spaces only: skip the currency pass for them.
  const text = /[^\d\s,.'\u00a0\u202f-]/.test(value) ? value.replace(/[€$£¥]|\b(?:EUR|USD|GBP|CHF)\b/gi, '').replace(/^\s*\((.*)\)\s*$/, '-$1') : value;
  return text.replace(/[\s\u00a0\u202f']/g, '');
}

/**
 * Returns the decimal mark that the amounts in `values` use: the one followed by one or two digits
 * at the end of a value (« 1 234,56 », « 1,234.56 »), counted over the values; a tie or no evidence
 * gives `fallback` (the comma for a `;`-separated file, as French Excel writes it).
 */
export function detectDecimalMark(values: Iterable<string>, fallback: DecimalMark): DecimalMark {
  let comma = 0;
  let point = 0;
  for (const raw of values) {
    const value = raw.trim().replace(/\s*(?:[€$£¥]|EUR|USD|GBP|CHF)\s*/gi, '');
    if (DECIMAL_COMMA.test(value)) comma++;
    else if (DECIMAL_POINT.test(value)) point++;
    else if (/^\d{1,3}(\.\d{3})+$/.test(value)) comma++; // « 1.234 » : a point between thousands
    else if (/^\d{1,3}(,\d{3})+$/.test(value)) point++; // « 1,234 »
  }
  if (comma === point) return fallback;
  return comma > point ? ',' : '.';
}

/**
 * The common case of `parseAmount` read without building any string: digits, spaces (plain, no-break,
 * narrow no-break), thousands separators, one decimal mark with digits on both sides, « € »
 * anywhere, at most 15 digits. Returns undefined for anything else, which `parseAmountByRules`
 * decides. The result is the same number: the digits make an exact integer (below 2^53), and its
 * division by an exact power of ten is rounded as `Number` rounds the decimal text.
 */
function quickAmount(value: string, mark: DecimalMark): number | undefined {
  const decimal = mark === ',' ? 44 : 46;
  const thousands = mark === ',' ? 46 : 44;
  let n = 0;
  let digits = 0;
  let whole = 0;
  let scale = -1;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
      else whole++;
    } else if (c === decimal) {
      if (scale >= 0) return undefined;
      scale = 0;
    } else if (c !== 32 && c !== 0xa0 && c !== 0x202f && c !== 0x20ac && c !== thousands) return undefined;
  }
  if (whole === 0 || scale === 0 || digits > 15) return undefined;
  return scale < 0 ? n : n / 10 ** scale;
}

/** Returns the amount written in `value` with decimal mark `mark`, or null when it is not an amount. */
export function parseAmount(value: string, mark: DecimalMark): number | null {
  return quickAmount(value, mark) ?? parseAmountByRules(value, mark);
}

/** `parseAmount` by its rules, for any text: currency and spaces dropped, separators read with `mark`. */
export function parseAmountByRules(value: string, mark: DecimalMark): number | null {
  let text = bare(value.trim());
  if (text === '') return null;
  text = mark === ',' ? text.replaceAll('.', '').replace(',', '.') : text.replaceAll(',', '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/** Returns a probability between 0 and 100 from « 40 », « 40 % », « 0,4 » or « 0.4 »; null otherwise. */
export function parseProbability(value: string): number | null {
  const text = value.trim().replace(/[\s\u00a0\u202f]*%$/, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  const percent = n <= 1 && text.includes('.') ? n * 100 : n;
  return percent >= 0 && percent <= 100 ? percent : null;
}

/** How slash dates are written: day first (« 31/01/2026 »), month first (« 01/31/2026 »). ISO dates are read either way. */
export type DateOrder = 'dmy' | 'mdy';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/;
const SLASH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s.*)?$/;

/** What a set of date values says about their order: `dmy`, `mdy`, `ambiguous` (both readings possible), or `none` (no slash date). */
export type DateEvidence = DateOrder | 'ambiguous' | 'none';

/** Accumulates evidence on the order of slash dates (a first part above 12 means day first, a second part above 12 month first). */
export class DateOrderDetector {
  dayFirst = 0;
  monthFirst = 0;
  slash = 0;
  /** Values already looked at: exports repeat the same dates many times. */
  readonly #seen = new Set<string>();
  add(value: string): void {
    if (this.#seen.has(value)) return;
    this.#seen.add(value);
    const m = SLASH.exec(value.trim());
    if (!m) return;
    this.slash++;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) this.dayFirst++;
    else if (b > 12 && a <= 12) this.monthFirst++;
  }
  get evidence(): DateEvidence {
    if (this.slash === 0) return 'none';
    if (this.dayFirst > 0 && this.monthFirst === 0) return 'dmy';
    if (this.monthFirst > 0 && this.dayFirst === 0) return 'mdy';
    return 'ambiguous';
  }
}

/** Day number (days since 1970-01-01) of a calendar date, or null when the date does not exist. */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  return Math.round(time / 86_400_000);
}

/** Returns the day number of the date in `value` (ISO, or slash/dot/dash date read in `order`, time ignored), or null. */
export function parseDate(value: string, order: DateOrder): number | null {
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) return dayNumber(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = SLASH.exec(text);
  if (!m) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const [day, month] = order === 'dmy' ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
  return dayNumber(year, month, day);
}

/** ISO date (`YYYY-MM-DD`) of a day number. */
export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Month key (`YYYY-MM`) of a day number. */
export function monthKey(day: number): string {
  return isoDate(day).slice(0, 7);
}
