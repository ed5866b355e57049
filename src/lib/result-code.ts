/**
 * Result codes: the dimension scores of one completed assessment in a short string a person can
 * copy, paste or write down, e.g. `E1` + scores + check character. Pure, no DOM.
 *
 * Layout, in Crockford Base32 symbols (0-9 A-Z without I L O U; input is case-insensitive and
 * reads I/L as 1 and O as 0, ignores spaces and hyphens):
 * A questionnaire answered by a management committee (one declared answer) has codes of its own,
 * under a second letter: the registry lists that letter as a spec with `committee: true`, and the
 * decoded code says so. Codes of the other questionnaires are unchanged (v1–v3 all still read).
 *   [instrument letter][version 1–31][scores: 7 bits each, MSB first, zero-padded][check]
 * A score is 0–100, or 127 for « not enough answers ». Twelve dimensions fit in 20 symbols.
 *
 * The check symbol c makes Σ αⁱ·sᵢ = 0 over every symbol sᵢ of the code (check included), computed
 * in the field GF(32) (polynomial x⁵ + x² + 1, α = x). Changing one symbol a → b adds αⁱ(a + b),
 * never 0 because a ≠ b; swapping neighbours a, b at i, i+1 adds αⁱ(1 + α)(a + b), never 0 either.
 * So every single substitution and every adjacent transposition is detected (tested exhaustively).
 * Links and pasted text are read by `result-link.ts`.
 */
import { codeOf } from './result-link';

/** Crockford Base32 alphabet, value = index. */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Longest code, in symbols. */
export const MAX_CODE_LENGTH = 20;

/** Value stored for a dimension without a score (too few answers). */
export const NOT_SCORED = 127;

const BITS = 7;

/** What the codec needs to know about an instrument version. */
export interface CodeSpec {
  /** Instrument id (`engagement`). */
  id: string;
  /** First symbol of its codes (`E`). */
  code: string;
  /** Version carried by its codes. */
  version: number;
  /** Number of dimension scores. */
  dimensions: number;
  /** Codes under this letter are a management committee's declaration, not one person's answers. */
  committee?: boolean;
}

/** A decoded code: which instrument and version, and its scores in dimension order. */
export interface DecodedCode {
  instrument: string;
  version: number;
  scores: (number | null)[];
  /** The code is a management committee's declaration (absent: one person's answers). */
  committee?: boolean;
}

/** Why a code was refused; `kind` selects the message shown to the reader. */
export type CodeError =
  | { kind: 'empty' }
  | { kind: 'malformed'; reason: 'characters' | 'length' | 'values' }
  | { kind: 'checksum' }
  | { kind: 'unknown-instrument' }
  | { kind: 'unknown-version'; instrument: string; version: number }
  | { kind: 'other-instrument'; instrument: string };

export type DecodeResult = { ok: true; value: DecodedCode } | { ok: false; error: CodeError };

// GF(32) tables: EXP[i] = αⁱ (doubled to skip a modulo), LOG is its inverse on non-zero values.
const EXP: number[] = [];
const LOG: number[] = [];
for (let i = 0, x = 1; i < 31; i++) {
  EXP[i] = x;
  LOG[x] = i;
  x <<= 1;
  if (x & 32) x ^= 0b100101;
}
for (let i = 31; i < 62; i++) EXP[i] = EXP[i - 31]!;

/** Returns the product of two GF(32) elements (0–31). */
export function gfMul(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : EXP[LOG[a]! + LOG[b]!]!;
}

/** Returns αⁱ, the weight of position `i` in the check sum. */
export function weight(i: number): number {
  return EXP[i % 31]!;
}

/** Returns Σ αⁱ·sᵢ over `symbols` (values 0–31): zero for a valid code. */
function syndrome(symbols: readonly number[]): number {
  return symbols.reduce((sum, s, i) => sum ^ gfMul(weight(i), s), 0);
}

/** Returns the check symbol value to append to `symbols` (values 0–31). */
export function checkValue(symbols: readonly number[]): number {
  const n = symbols.length;
  // Solve α^n · c = syndrome: c = syndrome · α^(31 − n mod 31).
  return gfMul(syndrome(symbols), weight(31 - (n % 31)));
}

/** Returns the number of symbols in a code of an instrument with `dimensions` scores. */
export function codeLength(dimensions: number): number {
  return 3 + Math.ceil((dimensions * BITS) / 5);
}

/**
 * Returns the result code of `scores` (integers 0–100, or null when not scored) for `spec`.
 * Throws on scores that no completed questionnaire can produce: a programming error.
 */
export function encodeResult(spec: CodeSpec, scores: readonly (number | null)[]): string {
  if (scores.length !== spec.dimensions) throw new RangeError(`${spec.id} : ${spec.dimensions} scores attendus, ${scores.length} reçus`);
  if (!ALPHABET.includes(spec.code) || spec.version < 0 || spec.version > 31) throw new RangeError(`${spec.id} : lettre ou version invalide`);
  let bits = '';
  for (const score of scores) {
    if (score !== null && (!Number.isInteger(score) || score < 0 || score > 100)) throw new RangeError(`${spec.id} : score hors de 0–100 (${score})`);
    bits += (score ?? NOT_SCORED).toString(2).padStart(BITS, '0');
  }
  bits = bits.padEnd(Math.ceil(bits.length / 5) * 5, '0');
  const symbols = [ALPHABET.indexOf(spec.code), spec.version];
  for (let i = 0; i < bits.length; i += 5) symbols.push(parseInt(bits.slice(i, i + 5), 2));
  symbols.push(checkValue(symbols));
  return symbols.map((s) => ALPHABET[s]).join('');
}

/** Decodes a code or result link against the known instrument versions; never throws. */
export function decodeResult(input: string, registry: readonly CodeSpec[]): DecodeResult {
  const fail = (error: CodeError): DecodeResult => ({ ok: false, error });
  const code = codeOf(input);
  if (code === '') return fail({ kind: 'empty' });
  const symbols = [...code].map((c) => ALPHABET.indexOf(c));
  if (symbols.some((s) => s < 0)) return fail({ kind: 'malformed', reason: 'characters' });
  if (symbols.length < 4 || symbols.length > MAX_CODE_LENGTH) return fail({ kind: 'malformed', reason: 'length' });
  if (syndrome(symbols) !== 0) {
    // A code whose length fits no known instrument lost or gained a character: say so rather than « check ».
    const fits = registry.length === 0 || registry.some((spec) => codeLength(spec.dimensions) === symbols.length);
    return fail(fits ? { kind: 'checksum' } : { kind: 'malformed', reason: 'length' });
  }

  const letter = code[0]!;
  const version = symbols[1]!;
  const candidates = registry.filter((spec) => spec.code === letter);
  if (candidates.length === 0) return fail({ kind: 'unknown-instrument' });
  const spec = candidates.find((s) => s.version === version);
  if (!spec) return fail({ kind: 'unknown-version', instrument: candidates[0]!.id, version });
  if (symbols.length !== codeLength(spec.dimensions)) return fail({ kind: 'malformed', reason: 'length' });

  const bits = symbols
    .slice(2, -1)
    .map((s) => s.toString(2).padStart(5, '0'))
    .join('');
  const scores: (number | null)[] = [];
  for (let i = 0; i < spec.dimensions; i++) {
    const value = parseInt(bits.slice(i * BITS, (i + 1) * BITS), 2);
    if (value > 100 && value !== NOT_SCORED) return fail({ kind: 'malformed', reason: 'values' });
    scores.push(value === NOT_SCORED ? null : value);
  }
  if (/1/.test(bits.slice(spec.dimensions * BITS))) return fail({ kind: 'malformed', reason: 'values' });
  return { ok: true, value: { instrument: spec.id, version, scores, ...(spec.committee ? { committee: true } : {}) } };
}

/** Decodes like `decodeResult`, and refuses a valid code of another instrument than `expected`. */
export function decodeResultFor(input: string, registry: readonly CodeSpec[], expected: string): DecodeResult {
  const result = decodeResult(input, registry);
  if (result.ok && result.value.instrument !== expected) {
    return { ok: false, error: { kind: 'other-instrument', instrument: result.value.instrument } };
  }
  if (!result.ok && result.error.kind === 'unknown-version' && result.error.instrument !== expected) {
    return { ok: false, error: { kind: 'other-instrument', instrument: result.error.instrument } };
  }
  return result;
}
