import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { candidates, parseTeamInput, type DecodeOutcome } from '../../src/lib/team-input';

/** A stand-in decoder: valid codes are « E » followed by digits. */
const decode = (code: string): DecodeOutcome<number> =>
  /^E\d+$/.test(code) ? { ok: true, value: Number(code.slice(1)) } : { ok: false, message: `Code inconnu : ${code}` };

describe('parseTeamInput, reading cells', () => {
  it('normalises case, spaces and hyphens', () => {
    expect(parseTeamInput(' e12-34 5 ', decode).valid).toEqual([{ line: 1, code: 'E12345', value: 12345 }]);
  });

  it('reads the code of a result link', () => {
    expect(parseTeamInput('https://vente-engagee.fr/diagnostic/engagement/#r=e1-2', decode).valid).toEqual([{ line: 1, code: 'E12', value: 12 }]);
  });

  it('keeps nothing of a plan in a pasted link: the code alone reaches the decoder and the result', () => {
    const seen: string[] = [];
    const spy = (code: string) => (seen.push(code), decode(code));
    const parsed = parseTeamInput('https://vente-engagee.fr/diagnostic/engagement/#r=E12&p=1.20270301.b210.tAppeler%20Julie', spy);
    expect(seen).toEqual(['E12']);
    expect(parsed.valid).toEqual([{ line: 1, code: 'E12', value: 12 }]);
    expect(JSON.stringify(parsed)).not.toMatch(/Julie|20270301|b210/);
  });

  it('gives a cell without a code to the decoder as typed, for its message', () => {
    expect(parseTeamInput('https://vente-engagee.fr/#contenu', decode).invalid).toEqual([
      { line: 1, raw: 'https://vente-engagee.fr/#contenu', message: 'Code inconnu : https://vente-engagee.fr/#contenu' },
    ]);
  });
});

describe('candidates', () => {
  it('keeps line numbers, splits CSV cells and skips a header and blank lines', () => {
    expect(candidates('code\nE1\n\n"E2";E3\r\n  ')).toEqual([
      { line: 2, raw: 'E1' },
      { line: 4, raw: 'E2' },
      { line: 4, raw: 'E3' },
    ]);
  });
});

describe('parseTeamInput', () => {
  it('sorts valid, invalid and duplicate lines', () => {
    const parsed = parseTeamInput('E1\nxyz\ne-1\nE2', decode);
    expect(parsed.valid).toEqual([
      { line: 1, code: 'E1', value: 1 },
      { line: 4, code: 'E2', value: 2 },
    ]);
    expect(parsed.invalid).toEqual([{ line: 2, raw: 'xyz', message: 'Code inconnu : XYZ' }]);
    expect(parsed.duplicates).toEqual([{ line: 3, firstLine: 1, code: 'E1' }]);
  });

  it('uses the decoder\'s canonical form to spot duplicates written differently', () => {
    const canonical = (code: string): DecodeOutcome<string> => ({ ok: true, value: code, key: code.replace(/O/g, '0') });
    expect(parseTeamInput('E10\nE1O', canonical).duplicates).toEqual([{ line: 2, firstLine: 1, code: 'E10' }]);
  });

  it('turns a throwing decoder into an invalid line', () => {
    const parsed = parseTeamInput('boom', () => {
      throw new Error('boom');
    });
    expect(parsed.invalid).toEqual([{ line: 1, raw: 'boom', message: 'Code illisible.' }]);
  });

  it('never throws and accounts for every candidate', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const parsed = parseTeamInput(text, decode);
        expect(parsed.valid.length + parsed.invalid.length + parsed.duplicates.length).toBe(candidates(text).length);
      }),
    );
  });
});
