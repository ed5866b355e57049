import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NBSP, NNBSP, englishTypography, frenchTypography, frenchTypographyAfterInline, typesetter } from '../../src/lib/typography';

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

  it('puts a narrow no-break space before a percent sign after a number', () => {
    expect(frenchTypography('40 % des vendeurs, 12% des cas')).toBe(`40${NNBSP}% des vendeurs, 12${NNBSP}% des cas`);
    expect(frenchTypography('100\u00A0%')).toBe(`100${NNBSP}%`);
  });

  it('leaves a percent escape of an address alone', () => {
    expect(frenchTypography('https://exemple.fr/?q=vente%20engag%C3%A9e')).toBe('https://exemple.fr/?q=vente%20engag%C3%A9e');
  });

  it('keeps « h » with its number in times and durations', () => {
    expect(frenchTypography('de 9 h à 17 h 30, soit 1 h de pause')).toBe(`de 9${NNBSP}h à 17${NNBSP}h${NNBSP}30, soit 1${NNBSP}h de pause`);
    expect(frenchTypography('24 h/24')).toBe(`24${NNBSP}h/24`);
  });

  it('leaves a word that starts with h after a number alone', () => {
    expect(frenchTypography('3 heures, 5 hommes, 2 h300')).toBe('3 heures, 5 hommes, 2 h300');
    expect(frenchTypography('9 h 300 personnes')).toBe(`9${NNBSP}h 300 personnes`);
  });

  it('keeps the space of a separator that starts the text (` : `) with what comes before', () => {
    expect(frenchTypography(' : ')).toBe(`${NNBSP}: `);
    expect(frenchTypography(' : si l’engagement tient')).toBe(`${NNBSP}: si l’engagement tient`);
    expect(frenchTypography(':root')).toBe(':root');
  });

  it('puts a no-break space after « n° »', () => {
    expect(frenchTypography('article n° 3, N°12, nº 4')).toBe(`article n°${NBSP}3, N°${NBSP}12, nº${NBSP}4`);
    expect(frenchTypography('un° 3')).toBe('un° 3');
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
      .array(fc.constantFrom('a', 'é', ' ', '\u00A0', NNBSP, ';', ':', '!', '?', '«', '»', "'", '/', '1', '.', ')', '%', 'h', 'n', '°', '0'), {
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

describe('englishTypography', () => {
  it('turns apostrophes into typographic ones', () => {
    expect(englishTypography("don't, the team's plan, the customers' view, {name}'s")).toBe('don’t, the team’s plan, the customers’ view, {name}’s');
  });

  it('opens and closes quotation marks', () => {
    expect(englishTypography('choose "Don\'t know" or \'skip\'')).toBe('choose “Don’t know” or ‘skip’');
    expect(englishTypography('"{name}"')).toBe('“{name}”');
    expect(englishTypography('("quoted") and "\'nested\'"')).toBe('(“quoted”) and “‘nested’”');
  });

  it('keeps an elided ending or a decade an apostrophe where a quote would open', () => {
    // A text that follows a link (`[the team](…)'s results`) starts with its apostrophe.
    expect(englishTypography("'s results")).toBe('’s results');
    expect(englishTypography("in the '90s, 'single' quotes")).toBe('in the ’90s, ‘single’ quotes');
    expect(englishTypography("'start' here")).toBe('‘start’ here');
  });

  it('leaves markup, and text without straight quotes, as it is', () => {
    const svg = '<svg role="img" aria-label="QR code"><path d="M0 0h3"/></svg>';
    expect(englishTypography(svg)).toBe(svg);
    expect(englishTypography('Why? Because: yes')).toBe('Why? Because: yes');
  });

  it('only ever changes straight quotes, into their typographic forms, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = englishTypography(s);
        expect(englishTypography(once)).toBe(once);
        expect(once.length).toBe(s.length);
        for (let i = 0; i < s.length; i++) {
          if (s[i] === "'") expect('‘’\'').toContain(once[i]);
          else if (s[i] === '"') expect('“”"').toContain(once[i]);
          else expect(once[i]).toBe(s[i]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('typesetter', () => {
  it('gives English text its quotes and apostrophes, and no French spacing', () => {
    const en = typesetter('en');
    expect(en('Why? Because: yes')).toBe('Why? Because: yes');
    expect(en("It's « quoted » ; done!")).toBe('It’s « quoted » ; done!');
  });

  it('applies French typography to French text', () => {
    expect(typesetter('fr')('Why? Because: yes')).toBe(`Why${NNBSP}? Because${NNBSP}: yes`);
    expect(typesetter('fr')("l'« engagement »")).toBe(frenchTypography("l'« engagement »"));
  });

  it('never adds French spacing for another language', () => {
    fc.assert(
      fc.property(fc.constantFrom('en', 'de', 'FR', ''), fc.string(), (lang, s) => {
        // Quotes aside (English gets typographic ones), the text comes back as it was.
        const quotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
        expect(quotes(typesetter(lang)(s))).toBe(quotes(s));
        if (lang !== 'en') expect(typesetter(lang)(s)).toBe(s);
      }),
    );
  });
});
