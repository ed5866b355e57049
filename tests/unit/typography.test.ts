import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NNBSP, frenchTypography, frenchTypographyAfterInline, typesetter } from '../../src/lib/typography';

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

  it('spaces a colon after a number but not inside a time or URL', () => {
    expect(frenchTypography('Article 3: la suite')).toBe(`Article 3${NNBSP}: la suite`);
    expect(frenchTypography('mailto:contact@exemple.fr')).toBe('mailto:contact@exemple.fr');
  });

  it('leaves URLs, times and query strings alone', () => {
    const text = 'https://exemple.fr/recherche/?q=test à 14:30';
    expect(frenchTypography(text)).toBe(text);
  });

  it('spaces a run of marks once, before the run', () => {
    expect(frenchTypography('Quoi?!')).toBe(`Quoi${NNBSP}?!`);
    expect(frenchTypography('Non !!!')).toBe(`Non${NNBSP}!!!`);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = frenchTypography(s);
        expect(frenchTypography(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on punctuation-heavy text', () => {
    const punctuationHeavy = fc
      .array(fc.constantFrom('a', 'é', ' ', '\u00A0', NNBSP, ';', ':', '!', '?', '«', '»', "'", '/', '1', '.', ')'), {
        maxLength: 24,
      })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(punctuationHeavy, (s) => {
        const once = frenchTypography(s);
        expect(frenchTypography(once)).toBe(once);
      }),
      { numRuns: 20000 },
    );
  });
});

describe('frenchTypographyAfterInline', () => {
  it('spaces punctuation that follows a link or emphasis', () => {
    expect(frenchTypographyAfterInline(' : la suite')).toBe(`${NNBSP}: la suite`);
    expect(frenchTypographyAfterInline('; ensuite')).toBe(`${NNBSP}; ensuite`);
  });
  it('spaces a run of marks after an inline element once', () => {
    expect(frenchTypographyAfterInline(' ?! vraiment')).toBe(`${NNBSP}?! vraiment`);
  });
  it('leaves ordinary text alone', () => {
    expect(frenchTypographyAfterInline(' et la suite')).toBe(' et la suite');
  });
});

describe('typesetter', () => {
  it('leaves English text as written', () => {
    const en = typesetter('en');
    expect(en('Why? Because: yes')).toBe('Why? Because: yes');
    expect(en("It's « quoted » ; done!")).toBe("It's « quoted » ; done!");
  });

  it('applies French typography to French text', () => {
    expect(typesetter('fr')('Why? Because: yes')).toBe(`Why${NNBSP}? Because${NNBSP}: yes`);
    expect(typesetter('fr')("l'« engagement »")).toBe(frenchTypography("l'« engagement »"));
  });

  it('never adds French spacing for another language', () => {
    fc.assert(
      fc.property(fc.constantFrom('en', 'de', 'FR', ''), fc.string(), (lang, s) => {
        expect(typesetter(lang)(s)).toBe(s);
      }),
    );
  });
});
