import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeOf, formatResultLink, normalizeCode, parseResultLink } from '../../src/lib/result-link';

describe('normalizeCode', () => {
  it('upper-cases, strips separators and maps I, L, O', () => {
    expect(normalizeCode(' e1ck–4s69 jb ')).toBe('E1CK4S69JB');
    expect(normalizeCode('oil')).toBe('011');
  });

  it('strips no-break spaces', () => {
    expect(normalizeCode('E1\u00A0CK\u202F4S')).toBe('E1CK4S');
  });
});

describe('parseResultLink', () => {
  it('reads the code of a bare fragment, a whole link and a query', () => {
    expect(parseResultLink('#r=E1CK4S69JB')).toEqual({ code: 'E1CK4S69JB', plan: null });
    expect(parseResultLink('https://vente-engagee.fr/diagnostic/engagement/#r=e1ck-4s69-jb')).toEqual({ code: 'E1CK4S69JB', plan: null });
    expect(parseResultLink('/diagnostic/engagement/?r=E1CK')).toEqual({ code: 'E1CK', plan: null });
    expect(parseResultLink('#x=1&r=E1CK')).toEqual({ code: 'E1CK', plan: null });
  });

  it('reads a pasted code alone', () => {
    expect(parseResultLink(' e1ck 4s69 jb ')).toEqual({ code: 'E1CK4S69JB', plan: null });
    expect(parseResultLink('r=E1CK&p=1..b000')).toEqual({ code: 'E1CK', plan: '1..b000' });
  });

  it('returns the plan as written, next to its code', () => {
    expect(parseResultLink('#r=E1CK4S69JB&p=1.20270301.b210.tAppeler%20Julie')).toEqual({ code: 'E1CK4S69JB', plan: '1.20270301.b210.tAppeler%20Julie' });
    expect(parseResultLink('#p=1.20270301.b210&r=E1CK')).toEqual({ code: 'E1CK', plan: '1.20270301.b210' });
  });

  it('finds no code in an anchor, an empty fragment or nothing', () => {
    expect(parseResultLink('#contenu')).toEqual({ code: null, plan: null });
    expect(parseResultLink('')).toEqual({ code: null, plan: null });
    expect(parseResultLink('#r=')).toEqual({ code: null, plan: null });
  });

  it('keeps no plan without a code', () => {
    expect(parseResultLink('#p=1.20270301.b210')).toEqual({ code: null, plan: null });
  });

  it('does not throw on a broken escape', () => {
    expect(parseResultLink('#r=%E0%A4%A').code).toBe('%E0%A4%A');
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const link = parseResultLink(input);
        expect(link.plan === null || link.code !== null).toBe(true);
      }),
    );
  });
});

describe('codeOf', () => {
  it('falls back on the whole input when it carries no code, so the decoder can say what is wrong', () => {
    expect(codeOf('#contenu')).toBe('#C0NTENU');
    expect(codeOf('https://x/#r=e1ck')).toBe('E1CK');
  });
});

describe('formatResultLink', () => {
  it('writes the code, and the plan when there is one', () => {
    expect(formatResultLink('E1CK4S69JB')).toBe('#r=E1CK4S69JB');
    expect(formatResultLink('E1CK4S69JB', null)).toBe('#r=E1CK4S69JB');
    expect(formatResultLink('E1CK4S69JB', '1.20270301.b210')).toBe('#r=E1CK4S69JB&p=1.20270301.b210');
  });

  it('is read back by parseResultLink', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{4,20}$/), fc.option(fc.stringMatching(/^1\.\d{8}(\.b\d{3}){1,3}$/)), (code, plan) => {
        expect(parseResultLink(`https://site.example/page/${formatResultLink(code, plan)}`)).toEqual({ code, plan });
      }),
    );
  });
});
