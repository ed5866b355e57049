/**
 * Parsing of what a facilitator pastes or loads on the team page: codes or result links,
 * one per line (or per CSV cell, the file read by Papa Parse), any case, with or without spaces and hyphens.
 * The decoder of a single code is passed in, so this module knows nothing of the code format; a
 * link is read by `result-link.ts`, and only its code is kept: a plan in a pasted link is dropped
 * unread (the team page counts scores, nothing personal).
 */
import Papa from 'papaparse';
import { parseResultLink } from './result-link';

/**
 * What a single-code decoder returns: a value (and optionally the code's canonical form, used to
 * spot duplicates written differently), or a message for the reader.
 */
export type DecodeOutcome<T> = { ok: true; value: T; key?: string } | { ok: false; message: string };

export interface ValidEntry<T> {
  /** 1-based line number in the input. */
  line: number;
  /** The code, normalised (upper case, no separators). */
  code: string;
  value: T;
}

export interface InvalidEntry {
  line: number;
  /** The text as typed, trimmed, for the reader to recognise it. */
  raw: string;
  message: string;
}

export interface DuplicateEntry {
  line: number;
  /** Line where the same code was first seen. */
  firstLine: number;
  code: string;
}

export interface TeamInput<T> {
  valid: ValidEntry<T>[];
  invalid: InvalidEntry[];
  duplicates: DuplicateEntry[];
}

/** A header cell: a column named after codes, results or links (« Votre code », « Result link »). */
const header = /(^|[^\p{L}])(codes?|r[ée]sultats?|results?|liens?|links?)([^\p{L}]|$)/iu;
const isHeader = (cell: string) => header.test(cell) && !/[#?]r=|:\/\//i.test(cell);

/** Invalid lines listed in full; the rest are counted (`TeamInput.invalid` keeps them all). */
export const LISTED_LINES = 20;

/**
 * Returns the separator of a CSV text: of `;`, tab and `,`, the one found (outside quotes) on the
 * most of its first 50 non-empty lines; `,` when none is (a single column).
 */
export function separatorOf(text: string): string {
  // The first 16 KB hold the first 50 lines of any export: splitting 15,000 lines would be wasted work.
  const lines = text.slice(0, 16_384).split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').slice(0, 50).map((l) => l.replace(/"[^"]*"/g, ''));
  let best = ',';
  let most = 0;
  for (const sep of [';', '\t', ',']) {
    const count = lines.filter((l) => l.includes(sep)).length;
    if (count > most) [best, most] = [sep, count];
  }
  return best;
}

/**
 * Returns the rows of `text` read as CSV by Papa Parse (quoted fields, doubled quotes, a field
 * spanning lines, a byte-order mark), each with the 1-based line where it starts. Blank lines are
 * rows of one empty field.
 */
export function readRows(text: string): { line: number; fields: string[] }[] {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return [];
  const { data } = Papa.parse<string[]>(source, { delimiter: separatorOf(source), skipEmptyLines: false });
  const rows: { line: number; fields: string[] }[] = [];
  let line = 1;
  for (const fields of data) {
    rows.push({ line, fields });
    // A quoted field may hold line breaks: the next row starts that many lines further.
    line += 1 + fields.reduce((acc, f) => acc + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  return rows;
}

/**
 * Splits the input into candidate cells with their line numbers. A table whose first row names one
 * column after codes, results or links (a form tool's export) gives that column only, one cell per
 * row, an empty one included (a row without its code is an invalid line, not a silent gap); any
 * other text gives every non-empty cell, a header cell on the first line skipped.
 */
export function candidates(text: string): { line: number; raw: string }[] {
  const rows = readRows(text);
  const first = rows.find((r) => r.fields.some((f) => f.trim() !== ''));
  const named = first && first.fields.length > 1 ? first.fields.map((f) => isHeader(f.trim())) : [];
  const column = named.filter(Boolean).length === 1 ? named.indexOf(true) : -1;
  const out: { line: number; raw: string }[] = [];
  for (const row of rows) {
    if (row.fields.every((f) => f.trim() === '')) continue;
    if (column >= 0) {
      if (row !== first) out.push({ line: row.line, raw: (row.fields[column] ?? '').trim() });
      continue;
    }
    for (const cell of row.fields) {
      const raw = cell.trim();
      if (raw === '' || (row === first && row.line === rows[0]!.line && isHeader(raw))) continue;
      out.push({ line: row.line, raw });
    }
  }
  return out;
}

/** The sorting of candidates, fed a slice at a time (`parseTeamInput` feeds them all at once). */
export function teamInputReader<T>(decode: (code: string) => DecodeOutcome<T>): { add: (cells: readonly { line: number; raw: string }[]) => void; result: TeamInput<T> } {
  const result: TeamInput<T> = { valid: [], invalid: [], duplicates: [] };
  const seen = new Map<string, number>();
  const add = (cells: readonly { line: number; raw: string }[]) => {
    for (const { line, raw } of cells) {
      // A cell that holds no code (an address without `r=`) goes to the decoder as typed, for its message.
      const cell = parseResultLink(raw).code ?? raw;
      let outcome: DecodeOutcome<T>;
      try {
        outcome = decode(cell);
      } catch {
        outcome = { ok: false, message: 'Code illisible.' };
      }
      if (!outcome.ok) {
        result.invalid.push({ line, raw, message: outcome.message });
        continue;
      }
      const code = outcome.key ?? cell;
      const first = seen.get(code);
      if (first !== undefined) {
        result.duplicates.push({ line, firstLine: first, code });
      } else {
        seen.set(code, line);
        result.valid.push({ line, code, value: outcome.value });
      }
    }
  };
  return { add, result };
}

/**
 * Returns every candidate of `text` sorted into valid codes (first occurrence only),
 * invalid ones with the decoder's message, and repeated valid codes. Never throws.
 */
export function parseTeamInput<T>(text: string, decode: (code: string) => DecodeOutcome<T>): TeamInput<T> {
  const reader = teamInputReader(decode);
  reader.add(candidates(text));
  return reader.result;
}
