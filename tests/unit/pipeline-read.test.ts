/** Reading CRM exports: pieces, amounts, dates, headers (unit and property tests, fast-check). */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessMapping, missingRequired, normalizeHeader } from '../../src/lib/pipeline/columns';
import { readForecast, readStatus } from '../../src/lib/pipeline/deals';
import { decodeBytes, decodeInSlices, detectDelimiter, parseAll, splitPieces } from '../../src/lib/pipeline/read';
import { DateOrderDetector, dayNumber, detectDecimalMark, isoDate, parseAmount, parseDate, parseProbability } from '../../src/lib/pipeline/values';

/** A CSV cell: plain text, or text with delimiters, quotes and line breaks (then quoted). */
const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ';', ',', '"', '\n', '1'), maxLength: 8 });
const quote = (s: string) => (/[;,"\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

describe('splitPieces', () => {
  it('cuts between records only: the pieces join back to the text and parse to the same records', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (records, size) => {
        const text = `${records.map((r) => r.map(quote).join(';')).join('\n')}\n`;
        const pieces = splitPieces(text, size);
        expect(pieces.join('')).toBe(text);
        const whole = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
        const byPiece = pieces.flatMap((p) => Papa.parse<string[]>(p, { delimiter: ';', skipEmptyLines: true }).data);
        expect(byPiece).toEqual(whole);
      }),
    );
  });

  it('numbers records by their first physical line', () => {
    const { rows } = parseAll('a;b\n1;"x\ny"\n\n2;z\n', 3);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });
});

describe('decodeBytes and detectDelimiter', () => {
  it('reads UTF-8 with or without BOM, and falls back to Windows-1252', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]))).toEqual({ text: 'Aé', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0x45, 0x74, 0x61, 0x70, 0x65, 0xe9, 0x3b, 0x80]))).toEqual({ text: 'Etapeé;€', encoding: 'windows-1252' });
  });
  it('decodes the same in slices of any size, a character cut across two slices included', () => {
    const run = (bytes: Uint8Array, size: number) => {
      const steps = decodeInSlices(bytes, size);
      let step = steps.next();
      while (!step.done) step = steps.next();
      return step.value;
    };
    const utf8 = new TextEncoder().encode('\uFEFFÉtape;Montant\n1 234,56 €\n');
    const cp1252 = new Uint8Array([0xc9, 0x74, 0x61, 0x70, 0x65, 0x3b, 0x80, 0x0a]);
    for (const size of [1, 2, 3, 7, 64]) {
      expect(run(utf8, size)).toEqual({ text: 'Étape;Montant\n1 234,56 €\n', encoding: 'utf-8' });
      expect(run(cp1252, size)).toEqual({ text: 'Étape;€\n', encoding: 'windows-1252' });
    }
  });

  it('takes the delimiter of the header, ignoring quoted ones', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
  });
});

describe('amounts', () => {
  it.each([
    ['1 234,56 €', ',', 1234.56],
    ['1\u00a0234,56\u00a0€', ',', 1234.56],
    ['1\u202f234,56 €', ',', 1234.56],
    ['1.234,56', ',', 1234.56],
    ['1,234.56', '.', 1234.56],
    ['$1,234', '.', 1234],
    ['EUR 900', ',', 900],
    ['-250', '.', -250],
    ['(250.00)', '.', -250],
  ] as const)('« %s » with mark « %s » is %d', (text, mark, value) => {
    expect(parseAmount(text, mark)).toBe(value);
  });
  it('refuses what is not an amount', () => {
    for (const text of ['', 'à voir', 'n/a', '12 abc', '1,2,3.4.5']) expect(parseAmount(text, ',')).toBeNull();
  });
  it('reads back any amount written the French or the English way (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999, max: 99_999_999 }), (cents) => {
        const value = cents / 100;
        const fr = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(value);
        const en = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2 }).format(value);
        expect(parseAmount(fr, ',')).toBeCloseTo(value, 9);
        expect(parseAmount(en, '.')).toBeCloseTo(value, 9);
      }),
    );
  });
  it('detects the decimal mark of a column', () => {
    expect(detectDecimalMark(['1 234,56 €', '900 €'], '.')).toBe(',');
    expect(detectDecimalMark(['1,234.56', '2,500'], ',')).toBe('.');
    expect(detectDecimalMark(['900', '1200'], ',')).toBe(',');
  });
  it('reads probabilities as percentages', () => {
    expect([parseProbability('40'), parseProbability('40 %'), parseProbability('0,4'), parseProbability('1.0'), parseProbability('150'), parseProbability('x')]).toEqual([40, 40, 40, 100, null, null]);
  });
});

describe('dates', () => {
  it('reads day-first, month-first and ISO dates, with a time or two-digit year', () => {
    const d = dayNumber(2026, 1, 31);
    expect(parseDate('31/01/2026', 'dmy')).toBe(d);
    expect(parseDate('01/31/2026', 'mdy')).toBe(d);
    expect(parseDate('2026-01-31', 'mdy')).toBe(d);
    expect(parseDate('2026-01-31T10:00:00Z', 'dmy')).toBe(d);
    expect(parseDate('31.01.26 10:00', 'dmy')).toBe(d);
    expect(parseDate('31/02/2026', 'dmy')).toBeNull();
    expect(parseDate('hier', 'dmy')).toBeNull();
  });
  it('round-trips every day of 2000–2099 in each format (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(2000, 1, 1)!, max: dayNumber(2099, 12, 31)! }), (day) => {
        const [y, m, d] = isoDate(day).split('-');
        expect(parseDate(`${d}/${m}/${y}`, 'dmy')).toBe(day);
        expect(parseDate(`${m}/${d}/${y}`, 'mdy')).toBe(day);
        expect(parseDate(`${y}-${m}-${d}`, 'dmy')).toBe(day);
      }),
    );
  });
  it('says when the order of slash dates is ambiguous', () => {
    const detector = new DateOrderDetector();
    for (const v of ['03/04/2026', '05/06/2026']) detector.add(v);
    expect(detector.evidence).toBe('ambiguous');
    detector.add('13/04/2026');
    expect(detector.evidence).toBe('dmy');
    const us = new DateOrderDetector();
    us.add('04/13/2026');
    expect(us.evidence).toBe('mdy');
    expect(new DateOrderDetector().evidence).toBe('none');
  });
});

describe('columns', () => {
  it('normalises headers', () => {
    expect(normalizeHeader(' Date de clôture (prévue) ')).toBe('date de cloture prevue');
  });
  it('guesses Salesforce, HubSpot and Pipedrive headers', () => {
    expect(guessMapping(['Opportunity Name', 'Account Name', 'Opportunity Owner', 'Stage', 'Amount', 'Probability (%)', 'Close Date', 'Created Date', 'Forecast Category'])).toEqual({
      name: 0, account: 1, owner: 2, stage: 3, amount: 4, probability: 5, closeDate: 6, createdDate: 7, forecast: 8,
    });
    expect(guessMapping(['Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Create Date', 'Deal owner'])).toMatchObject({ name: 0, stage: 1, amount: 2, closeDate: 3, createdDate: 4, owner: 5 });
    expect(guessMapping(['Titre', 'Valeur', 'Statut', 'Étape', 'Date de clôture prévue', 'Propriétaire', 'Organisation'])).toMatchObject({ name: 0, amount: 1, status: 2, stage: 3, closeDate: 4, owner: 5, account: 6 });
    expect(missingRequired(guessMapping(['Nom', 'Montant']))).toEqual(['closeDate', 'stage']);
  });
  it('reads statuses and forecast categories in both languages', () => {
    expect([readStatus(undefined, 'Closed Won'), readStatus(undefined, 'closedlost'), readStatus(undefined, 'Gagnée'), readStatus('Perdu', 'Proposition'), readStatus('open', 'Gagnée'), readStatus(undefined, 'Proposition')]).toEqual(['won', 'lost', 'won', 'lost', 'open', 'open']);
    expect([readForecast('Commit'), readForecast('Best Case'), readForecast('Engagé'), readForecast('Meilleur cas'), readForecast('Pipeline'), readForecast('Omitted'), readForecast('')]).toEqual(['commit', 'bestCase', 'commit', 'bestCase', 'pipeline', 'omitted', null]);
  });
});
