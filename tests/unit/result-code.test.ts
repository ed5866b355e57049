import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ALPHABET,
  MAX_CODE_LENGTH,
  checkValue,
  codeLength,
  decodeResult,
  decodeResultFor,
  encodeResult,
  gfMul,
  weight,
  type CodeSpec,
} from '../../src/lib/result-code';

const engagement: CodeSpec = { id: 'engagement', code: 'E', version: 1, dimensions: 5 };
const climate: CodeSpec = { id: 'climat-ethique', code: 'C', version: 1, dimensions: 5 };
const manager: CodeSpec = { id: 'manager-leader', code: 'M', version: 1, dimensions: 9 };
const registry = [engagement, climate, manager];

/** Carry-less product modulo x⁵ + x² + 1, bit by bit: an independent check of the lookup tables. */
function slowMul(a: number, b: number): number {
  let product = 0;
  for (let bit = 0; bit < 5; bit++) if (b & (1 << bit)) product ^= a << bit;
  for (let bit = 9; bit >= 5; bit--) if (product & (1 << bit)) product ^= 0b100101 << (bit - 5);
  return product;
}

const score = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(null));
const specAndScores = fc.constantFrom(...registry).chain((spec) => fc.tuple(fc.constant(spec), fc.array(score, { minLength: spec.dimensions, maxLength: spec.dimensions })));

describe('GF(32) arithmetic of the check character', () => {
  it('matches a bit-by-bit multiplication for every pair of elements', () => {
    for (let a = 0; a < 32; a++) for (let b = 0; b < 32; b++) expect(gfMul(a, b)).toBe(slowMul(a, b));
  });

  it('gives positions 0–30 distinct non-zero weights (α is primitive)', () => {
    const weights = Array.from({ length: 31 }, (_, i) => weight(i));
    expect(new Set(weights).size).toBe(31);
    expect(weights).not.toContain(0);
  });

  it('detects, position by position, every substitution and every swap of neighbours (exhaustive)', () => {
    // A change adds wᵢ·(a ⊕ b); a swap of neighbours adds (wᵢ ⊕ wᵢ₊₁)·(a ⊕ b). Neither may be 0.
    const undetected: string[] = [];
    for (let i = 0; i < MAX_CODE_LENGTH; i++) {
      for (let a = 0; a < 32; a++) {
        for (let b = 0; b < 32; b++) {
          if (a === b) continue;
          if (gfMul(weight(i), a ^ b) === 0) undetected.push(`substitution ${a}→${b} at ${i}`);
          if (gfMul(weight(i) ^ weight(i + 1), a ^ b) === 0) undetected.push(`swap ${a}↔${b} at ${i}`);
        }
      }
    }
    expect(undetected).toEqual([]);
  });

  it('returns a check value that zeroes the weighted sum', () => {
    const symbols = [14, 1, 12, 19, 4, 25, 6, 9, 18];
    const all = [...symbols, checkValue(symbols)];
    expect(all.reduce((sum, s, i) => sum ^ gfMul(weight(i), s), 0)).toBe(0);
  });
});

describe('encodeResult', () => {
  it('encodes known scores to known codes', () => {
    expect(encodeResult(engagement, [50, 50, 50, 50, 50])).toBe('E1CK4S69JB');
    expect(encodeResult(engagement, [0, 25, 50, 75, 100])).toBe('E101JS9F4J');
    expect(encodeResult(engagement, [null, null, null, null, null])).toBe('E1ZZZZZZZ9');
    expect(encodeResult(climate, [62, 40, null, 81, 13])).toBe('C1FJHZT4DG');
    expect(encodeResult(manager, [50, 50, 50, 50, 50, 50, 50, 50, 50])).toBe('M1CK4S69JCK4S68S');
  });

  it('starts with the instrument letter and the version', () => {
    expect(encodeResult({ ...engagement, version: 12 }, [1, 2, 3, 4, 5]).slice(0, 2)).toBe('EC');
  });

  it('stays within 20 characters up to 12 dimensions', () => {
    expect(codeLength(5)).toBe(10);
    expect(codeLength(9)).toBe(16);
    expect(codeLength(12)).toBe(MAX_CODE_LENGTH);
  });

  it('refuses scores no questionnaire can produce', () => {
    expect(() => encodeResult(engagement, [50, 50, 50, 50])).toThrow(RangeError);
    expect(() => encodeResult(engagement, [50, 50, 50, 50, 101])).toThrow(RangeError);
    expect(() => encodeResult(engagement, [50, 50, 50, 50, 2.5])).toThrow(RangeError);
  });

  it('uses only the Crockford alphabet', () => {
    fc.assert(fc.property(specAndScores, ([spec, scores]) => [...encodeResult(spec, scores)].every((c) => ALPHABET.includes(c))));
  });
});

describe('decodeResult', () => {
  it('decodes a known code', () => {
    expect(decodeResult('C1FJHZT4DG', registry)).toEqual({ ok: true, value: { instrument: 'climat-ethique', version: 1, scores: [62, 40, null, 81, 13] } });
  });

  it('reads lower case, spaces, hyphens and the letters Crockford maps to digits', () => {
    expect(decodeResult(' e1ck-4s69-jb ', registry).ok).toBe(true);
    expect(decodeResult('EICK4S69JB', registry)).toEqual(decodeResult('E1CK4S69JB', registry));
    expect(decodeResult('e1zzzzzzz9'.replace('1', 'l'), registry).ok).toBe(true);
    expect(decodeResult('E1O1JS9F4J', registry)).toEqual(decodeResult('E101JS9F4J', registry));
  });

  it('reads a result link', () => {
    expect(decodeResult('https://vente-engagee.fr/diagnostic/engagement/#r=E1CK4S69JB', registry).ok).toBe(true);
  });

  it('returns every score back after encoding (round trip)', () => {
    fc.assert(
      fc.property(specAndScores, ([spec, scores]) => {
        expect(decodeResult(encodeResult(spec, scores), registry)).toEqual({ ok: true, value: { instrument: spec.id, version: spec.version, scores } });
      }),
    );
  }, 60_000);

  it('rejects every change of one character of a valid code', () => {
    fc.assert(
      fc.property(specAndScores, ([spec, scores]) => {
        const code = encodeResult(spec, scores);
        const accepted: string[] = [];
        for (let i = 0; i < code.length; i++) {
          for (const c of ALPHABET) {
            if (c === code[i]) continue;
            const changed = code.slice(0, i) + c + code.slice(i + 1);
            const result = decodeResult(changed, registry);
            if (result.ok || result.error.kind !== 'checksum') accepted.push(changed);
          }
        }
        expect(accepted).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('rejects every swap of two different neighbouring characters of a valid code', () => {
    fc.assert(
      fc.property(specAndScores, ([spec, scores]) => {
        const code = encodeResult(spec, scores);
        const accepted: string[] = [];
        for (let i = 0; i + 1 < code.length; i++) {
          if (code[i] === code[i + 1]) continue;
          const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          const result = decodeResult(swapped, registry);
          if (result.ok || result.error.kind !== 'checksum') accepted.push(swapped);
        }
        expect(accepted).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[0-9A-Z#=r%&-]{0,24}$/)), (input) => {
        const result = decodeResult(input, registry);
        return typeof result.ok === 'boolean';
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('says when the input is empty', () => {
    expect(decodeResult('  - ', registry)).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  it('says when a character is not in the alphabet', () => {
    expect(decodeResult('E1CK4S69J!', registry)).toEqual({ ok: false, error: { kind: 'malformed', reason: 'characters' } });
    expect(decodeResult('E1CK4S69JU', registry)).toEqual({ ok: false, error: { kind: 'malformed', reason: 'characters' } });
  });

  it('says when the code is too short or too long', () => {
    expect(decodeResult('E1C', registry)).toEqual({ ok: false, error: { kind: 'malformed', reason: 'length' } });
    expect(decodeResult('E1CK4S69JBE1CK4S69JBX', registry)).toEqual({ ok: false, error: { kind: 'malformed', reason: 'length' } });
  });

  it('says the length is wrong, not the check, when a character is missing or extra', () => {
    expect(decodeResult('E1CK4S69B', registry)).toEqual({ ok: false, error: { kind: 'malformed', reason: 'length' } });
    expect(decodeResult('E1CK4S669JB', registry)).toEqual({ ok: false, error: { kind: 'malformed', reason: 'length' } });
  });

  it('says when a valid check hides a length that does not fit the instrument', () => {
    const symbols = [14, 1, 12, 19, 4, 25];
    const code = [...symbols, checkValue(symbols)].map((s) => ALPHABET[s]).join('');
    expect(decodeResult(code, registry)).toEqual({ ok: false, error: { kind: 'malformed', reason: 'length' } });
  });

  it('says when a value is out of range even though the check matches', () => {
    // First score 0b1111110 = 126: neither 0–100 nor « not scored ».
    const symbols = [14, 1, 0b11111, 0b10000, 0, 0, 0, 0, 0];
    const code = [...symbols, checkValue(symbols)].map((s) => ALPHABET[s]).join('');
    expect(decodeResult(code, registry)).toEqual({ ok: false, error: { kind: 'malformed', reason: 'values' } });
  });

  it('says when the padding bits are not zero', () => {
    // Nine scores fill 63 of 65 bits; M1CK4S69JCK4S68… has « 8 » (01000) last, « 9 » sets a padding bit.
    const symbols = [...'M1CK4S69JCK4S69'].map((c) => ALPHABET.indexOf(c));
    const code = [...symbols, checkValue(symbols)].map((s) => ALPHABET[s]).join('');
    expect(decodeResult(code, registry)).toEqual({ ok: false, error: { kind: 'malformed', reason: 'values' } });
  });

  it('says when the instrument letter is unknown', () => {
    const code = encodeResult({ ...engagement, code: 'Z' }, [50, 50, 50, 50, 50]);
    expect(decodeResult(code, registry)).toEqual({ ok: false, error: { kind: 'unknown-instrument' } });
  });

  it('says when the version is unknown, naming the instrument', () => {
    const code = encodeResult({ ...engagement, version: 2 }, [50, 50, 50, 50, 50]);
    expect(decodeResult(code, registry)).toEqual({ ok: false, error: { kind: 'unknown-version', instrument: 'engagement', version: 2 } });
  });

  it('reads each version against its own number of dimensions', () => {
    const v2 = { ...engagement, version: 2, dimensions: 6 };
    const code = encodeResult(v2, [1, 2, 3, 4, 5, 6]);
    expect(decodeResult(code, [...registry, v2])).toEqual({ ok: true, value: { instrument: 'engagement', version: 2, scores: [1, 2, 3, 4, 5, 6] } });
  });
});

describe('decodeResultFor', () => {
  it('accepts a code of the expected instrument', () => {
    expect(decodeResultFor('E1CK4S69JB', registry, 'engagement').ok).toBe(true);
  });

  it('refuses a valid code of another instrument, naming it', () => {
    expect(decodeResultFor('C1FJHZT4DG', registry, 'engagement')).toEqual({ ok: false, error: { kind: 'other-instrument', instrument: 'climat-ethique' } });
  });

  it('refuses an unknown version of another instrument as another instrument', () => {
    const code = encodeResult({ ...climate, version: 3 }, [1, 2, 3, 4, 5]);
    expect(decodeResultFor(code, registry, 'engagement')).toEqual({ ok: false, error: { kind: 'other-instrument', instrument: 'climat-ethique' } });
  });
});
