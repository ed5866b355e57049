import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { candidates, parseTeamInput, readRows, separatorOf, type DecodeOutcome } from '../../src/lib/team-input';

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

describe('a form tool’s export', () => {
  const export_ = (sep: string) =>
    [
      `\uFEFFHorodatage${sep}"Équipe${sep} site"${sep}Votre code de résultat${sep}Commentaire`,
      `2026-11-02 09:14${sep}"Lyon${sep} nord"${sep}E1${sep}"Il a dit ""oui"""`,
      `2026-11-02 09:20${sep}Paris${sep}"e-2"${sep}"deux`,
      `lignes"`,
      `2026-11-02 09:31${sep}Paris${sep}${sep}sans code`,
      '',
      `2026-11-02 09:40${sep}Lille${sep}xyz${sep}`,
      `2026-11-02 09:41${sep}Lille${sep}E1${sep}`,
    ].join('\r\n');

  for (const [name, sep] of [['semicolons', ';'], ['commas', ','], ['tabs', '\t']] as const) {
    it(`reads the code column only, with ${name}, a BOM, quotes and a field over two lines`, () => {
      const parsed = parseTeamInput(export_(sep), decode);
      expect(parsed.valid).toEqual([
        { line: 2, code: 'E1', value: 1 },
        { line: 3, code: 'E2', value: 2 },
      ]);
      // The row without its code and the unreadable one are listed by line, never dropped.
      expect(parsed.invalid.map((i) => [i.line, i.raw])).toEqual([
        [5, ''],
        [7, 'xyz'],
      ]);
      expect(parsed.duplicates).toEqual([{ line: 8, firstLine: 2, code: 'E1' }]);
    });
  }

  it('guesses the separator from the lines, quotes aside', () => {
    expect(separatorOf('a;"b,c"\nd;e')).toBe(';');
    expect(separatorOf('a,b\nc,d')).toBe(',');
    expect(separatorOf('E1\nE2')).toBe(',');
  });

  it('numbers the rows by the line where they start', () => {
    expect(readRows('a\n"b\nc"\n\nd').map((r) => r.line)).toEqual([1, 2, 4, 5]);
  });

  it('reads 15,000 rows of a two-column export, every valid code kept once', () => {
    const rows = Array.from({ length: 15_000 }, (_, i) => `2026-11-02;"E${i}"`);
    const parsed = parseTeamInput(['date;code', ...rows, '2026-11-03;"E7"'].join('\n'), decode);
    expect(parsed.valid).toHaveLength(15_000);
    expect(parsed.valid.at(-1)).toEqual({ line: 15_001, code: 'E14999', value: 14_999 });
    expect(parsed.duplicates).toEqual([{ line: 15_002, firstLine: 9, code: 'E7' }]);
    expect(parsed.invalid).toEqual([]);
  });
});
