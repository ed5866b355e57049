/**
 * The whole reading of a file in one call, for tests, the benchmark and small files: bytes to
 * records, mapping guessed, formats detected, deals and bad rows. The store does the same steps in
 * slices (src/stores/pipeline.ts) so that the page never freezes. Pure.
 */
import { guessMapping, type Mapping } from './columns';
import { detectFormats, readDeals, type BadRow, type Deal, type Formats } from './deals';
import { decodeBytes, parseAll, type Delimiter, type Encoding } from './read';
import type { DateOrder } from './values';

export interface ReadFile {
  encoding: Encoding;
  delimiter: Delimiter;
  headers: string[];
  mapping: Mapping;
  formats: Formats;
  deals: Deal[];
  bad: BadRow[];
}

/** Reads `bytes`; `order` settles slash dates the file leaves ambiguous (day first by default). */
export function readFile(bytes: Uint8Array, order?: DateOrder, mapping?: Mapping): ReadFile {
  const { text, encoding } = decodeBytes(bytes);
  const { delimiter, rows } = parseAll(text);
  const [header, ...records] = rows;
  const headers = header?.cells ?? [];
  const map = mapping ?? guessMapping(headers);
  const formats = detectFormats(records, map, delimiter === ';' ? ',' : '.');
  const deals: Deal[] = [];
  const bad: BadRow[] = [];
  const dates = order ?? (formats.dates === 'mdy' ? 'mdy' : 'dmy');
  readDeals(records, 0, records.length, headers.length, map, formats.decimal, dates, deals, bad);
  return { encoding, delimiter, headers, mapping: map, formats, deals, bad };
}
