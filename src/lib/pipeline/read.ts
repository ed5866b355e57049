/**
 * Reading a CRM export: bytes to text (UTF-8, or Windows-1252 as Excel writes it), the field
 * delimiter, and the text cut into pieces that each end between two records, so that a large file
 * is parsed piece by piece with the page free between pieces. The parsing itself is papaparse's
 * (`parsePiece`). Pure: no DOM, no Astro.
 */
import Papa from 'papaparse';

export type Encoding = 'utf-8' | 'windows-1252';

/**
 * Returns the text of `bytes` and the encoding read: UTF-8 when the bytes are valid UTF-8 (a BOM is
 * dropped), Windows-1252 otherwise (what Excel writes with « CSV (séparateur : point-virgule) »).
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const steps = decodeInSlices(bytes, bytes.length || 1);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same decoding in slices of `size` bytes (a generator: the caller may hand the page back
 * between two slices, `next()` after `next()`), so that a large file never blocks the page for long.
 */
export function* decodeInSlices(bytes: Uint8Array, size: number): Generator<void, { text: string; encoding: Encoding }> {
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    const parts: string[] = [];
    let valid = true;
    for (let at = 0; at < bytes.length; at += size) {
      const part = decoder.decode(bytes.subarray(at, at + size), { stream: at + size < bytes.length });
      // A replacement character written in the file itself: not a UTF-8 export either.
      if (part.includes('\uFFFD')) {
        valid = false;
        break;
      }
      parts.push(part);
      yield;
    }
    if (valid) return { text: parts.join(''), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: read again as Windows-1252.
  }
  const decoder = new TextDecoder('windows-1252');
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    parts.push(decoder.decode(bytes.subarray(at, at + size), { stream: true }));
    yield;
  }
  parts.push(decoder.decode());
  return { text: parts.join('').replace(/^\uFEFF/, ''), encoding: 'windows-1252' };
}

export type Delimiter = ';' | ',' | '\t';

/** Returns the delimiter of the first record of `text`: the most frequent of `;`, `,` and tab outside quotes (`;` on a tie, as French Excel writes). */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c as Delimiter]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

/**
 * Cuts `text` into pieces of about `size` characters, each ending just after a line break that is
 * outside quotes (a quote character toggles the quoted state; a doubled quote toggles it twice), so
 * that every piece holds whole records. Joining the pieces gives `text` back.
 */
export function splitPieces(text: string, size: number): string[] {
  return [...pieces(text, size)];
}

/** The pieces of `splitPieces`, one at a time (a generator: cutting a large text is itself spread over several tasks). */
export function* pieces(text: string, size: number): Generator<string> {
  let start = 0;
  // Quote state at `scanned`; quotes are found with indexOf, which skips the text between them.
  let quoted = false;
  let scanned = 0;
  const advance = (to: number) => {
    for (let q = text.indexOf('"', scanned); q !== -1 && q < to; q = text.indexOf('"', q + 1)) quoted = !quoted;
    scanned = to;
  };
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    advance(end);
    // Move forward to the first line break outside quotes.
    while (end < text.length) {
      const nl = text.indexOf('\n', end);
      if (nl === -1) {
        end = text.length;
        break;
      }
      advance(nl + 1);
      end = nl + 1;
      if (!quoted) break;
    }
    advance(end);
    yield text.slice(start, end);
    start = end;
  }
}

/** The line break of `text`: `\r\n` (Windows, Excel) when its first line ends so, `\n` otherwise. */
export function lineBreak(text: string): '\r\n' | '\n' {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/** A record read from the file, with the line it starts on (from 1, the header being line 1). */
export interface RawRow {
  line: number;
  cells: string[];
}

/**
 * Parses one piece (whole records) with papaparse and appends its records to `out`, numbered from
 * `line` (the physical line of the piece's first record); returns the line after the piece. Empty
 * lines are counted, not returned.
 */
export function parsePiece(piece: string, delimiter: Delimiter, line: number, out: RawRow[], newline: '\r\n' | '\n' = lineBreak(piece)): number {
  const { data } = Papa.parse<string[]>(piece, { delimiter, newline, skipEmptyLines: false });
  let current = line;
  for (const cells of data) {
    const empty = cells.length === 1 && cells[0] === '';
    if (!empty) out.push({ line: current, cells });
    let breaks = 1;
    for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) breaks++;
    current += breaks;
  }
  // Papaparse returns a last empty record for a piece ending with a line break: already counted above.
  return piece.endsWith('\n') ? current - 1 : current;
}

/** Parses the whole of `text` at once (tests, small files): the header and the records. */
export function parseAll(text: string, size = 1 << 16): { delimiter: Delimiter; rows: RawRow[] } {
  const delimiter = detectDelimiter(text);
  const rows: RawRow[] = [];
  const newline = lineBreak(text);
  let line = 1;
  for (const piece of splitPieces(text, size)) line = parsePiece(piece, delimiter, line, rows, newline);
  return { delimiter, rows };
}
