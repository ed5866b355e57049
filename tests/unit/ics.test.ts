import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeText, foldLine, icsText } from '../../src/lib/ics';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma, and writes line breaks as \\n', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });

  it('folds a longer line, continuations starting with a space', () => {
    expect(foldLine('x'.repeat(80))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
  });

  it('never splits a character and never exceeds 75 octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const folded = foldLine(text);
        for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(text);
      }),
    );
  });
});

describe('icsText', () => {
  const text = icsText({
    date: '2027-02-28',
    summary: 'Refaire le questionnaire « Engagement »',
    description: 'Mon plan :\n- Appeler Julie, puis Marc ; vite',
    uid: '0123abcd@vente-engagee.fr',
    stamp: new Date(Date.UTC(2026, 10, 30, 8, 5, 9, 123)),
    url: 'https://vente-engagee.fr/diagnostic/engagement/',
  });

  it('is one all-day event on the day, ending the next day', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20270228\r\nDTEND;VALUE=DATE:20270301\r\n');
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  });

  it('carries its UID and a UTC time stamp', () => {
    expect(text).toContain('\r\nUID:0123abcd@vente-engagee.fr\r\n');
    expect(text).toContain('\r\nDTSTAMP:20261130T080509Z\r\n');
  });

  it('escapes its texts and ends every line with CRLF', () => {
    expect(text).toContain('SUMMARY:Refaire le questionnaire « Engagement »\r\n');
    expect(text).toContain('DESCRIPTION:Mon plan :\\n- Appeler Julie\\, puis Marc \\; vite\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('rolls the end over a year', () => {
    expect(icsText({ date: '2027-12-31', summary: 's', description: 'd', uid: 'u', stamp: new Date(0) })).toContain('DTEND;VALUE=DATE:20280101');
  });
});
