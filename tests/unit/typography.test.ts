import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NNBSP, frenchTypography, frenchTypographyAfterInline } from '../../src/lib/typography';

describe('frenchTypography', () => {
  it('puts a narrow no-break space before ; ! ? and :', () => {
    expect(frenchTypography('Pourquoi ? Parce que ! Voici : un ; deux')).toBe(
      `Pourquoi${NNBSP}? Parce que${NNBSP}! Voici${NNBSP}: un${NNBSP}; deux`,
    );
  });

  it('adds the space when the author left none', () => {
    expect(frenchTypography('Vraiment?')).toBe(`Vraiment${NNBSP}?`);
  });

  it('spaces the inside of guillemets', () => {
    expect(frenchTypography('la « vente forcée »')).toBe(`la «${NNBSP}vente forcée${NNBSP}»`);
  });

  it('turns straight apostrophes between letters into typographic ones', () => {
    expect(frenchTypography("l'engagement d'abord")).toBe('l’engagement d’abord');
  });

  it('leaves URLs, times and query strings alone', () => {
    const text = 'https://exemple.fr/recherche/?q=test à 14:30';
    expect(frenchTypography(text)).toBe(text);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = frenchTypography(s);
        expect(frenchTypography(once)).toBe(once);
      }),
    );
  });
});

describe('frenchTypographyAfterInline', () => {
  it('spaces punctuation that follows a link or emphasis', () => {
    expect(frenchTypographyAfterInline(' : la suite')).toBe(`${NNBSP}: la suite`);
    expect(frenchTypographyAfterInline('; ensuite')).toBe(`${NNBSP}; ensuite`);
  });
  it('leaves ordinary text alone', () => {
    expect(frenchTypographyAfterInline(' et la suite')).toBe(' et la suite');
  });
});
