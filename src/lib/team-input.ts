/**
 * Parsing of what a facilitator pastes or loads on the team page: codes or result links,
 * one per line (or per CSV cell), any case, with or without spaces and hyphens.
 * The decoder of a single code is passed in, so this module knows nothing of the code format; a
 * link is read by `result-link.ts`, and only its code is kept: a plan in a pasted link is dropped
 * unread (the team page counts scores, nothing personal).
 */
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

const header = /^(codes?|r[ée]sultats?|results?|liens?|links?)$/i;

/** Splits the input into non-empty candidate cells with their line numbers. */
export function candidates(text: string): { line: number; raw: string }[] {
  const out: { line: number; raw: string }[] = [];
  text.split(/\r\n|\r|\n/).forEach((content, index) => {
    for (const cell of content.split(/[,;\t]/)) {
      const raw = cell.trim().replace(/^"(.*)"$/, '$1').trim();
      if (raw === '' || (index === 0 && header.test(raw))) continue;
      out.push({ line: index + 1, raw });
    }
  });
  return out;
}

/**
 * Returns every candidate of `text` sorted into valid codes (first occurrence only),
 * invalid ones with the decoder's message, and repeated valid codes. Never throws.
 */
export function parseTeamInput<T>(text: string, decode: (code: string) => DecodeOutcome<T>): TeamInput<T> {
  const result: TeamInput<T> = { valid: [], invalid: [], duplicates: [] };
  const seen = new Map<string, number>();
  for (const { line, raw } of candidates(text)) {
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
  return result;
}
