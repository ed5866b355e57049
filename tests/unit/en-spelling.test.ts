/**
 * The language checks of the built English pages rest on two lists of data (tests/support/en-spelling.ts,
 * content/i18n/terms.yaml): they must catch the forms they name and leave the British ones alone.
 */
import { describe, expect, it } from 'vitest';
import { americanFormsIn } from '../support/en-spelling';
import { loadTermBase, termVariantsIn } from '../support/term-base';

/** The American forms found in `text`, in alphabetical order. */
const found = (text: string) => americanFormsIn(text).map((f) => f.found).sort();

describe('americanFormsIn', () => {
  it('finds the American form of each kind of pair', () => {
    expect(found('We organized the organization to prioritize behavior.')).toEqual(['behavior', 'organization', 'organized', 'prioritize']);
    expect(found('They analyzed the center of the program, with a license and a catalog.')).toEqual(['analyzed', 'catalog', 'center', 'license', 'program']);
    expect(found('A favorite color, traveled toward the gray defense, ten percent.')).toEqual(['color', 'defense', 'favorite', 'gray', 'percent', 'toward', 'traveled']);
    expect(found('Signed on December 9, 2016.')).toEqual(['December 9, 2016']);
  });

  it('leaves British spelling alone', () => {
    expect(found('We organised the organisation to prioritise behaviour, analysed the centre of the programme, with a licence and a catalogue.')).toEqual([]);
    expect(found('A favourite colour, travelled towards the grey defence, ten per cent, signed on 9 December 2016.')).toEqual([]);
  });

  it('leaves words that only look American, and the stated exceptions, alone', () => {
    // -ize words spelt the same in both, the verb « license », a computer program, a dialog box, a name.
    expect(found('The size of the prize; seize it. Citizens, horizons. The association licenses its texts and is licensed to license them.')).toEqual([]);
    expect(found('Your email program opens the print dialog; the International Organization for Standardization; LinkedIn’s Licenses & certifications form.')).toEqual([]);
    expect(found('Honorary, vigorous, laborious, humorous: from reading to practice.')).toEqual([]);
  });
});

describe('the term base', () => {
  const terms = loadTermBase();

  it('covers the terms and calques the English edition settled (issue 26)', () => {
    const french = terms.map((t) => t.fr);
    for (const term of ['vente forcée', 'entretien individuel', 'Code du travail', 'moyenne', 'projet de l’entreprise', 'Social Selling', 'Charte éthique du commercial', 'Charte éthique des entreprises']) {
      expect(french).toContain(term);
    }
    expect(terms.filter((t) => t.kind === 'calque').length).toBeGreaterThanOrEqual(10);
  });

  it('finds a variant and names the term to use', () => {
    expect(termVariantsIn('They launched a challenge and forced sales followed.', terms)).toEqual([
      { found: 'forced sales', use: 'high-pressure selling' },
      { found: 'launched a challenge', use: 'sales contest' },
      { found: 'launched a challenge', use: 'run a sales contest' },
    ]);
    expect(termVariantsIn('A one-on-one about the French Labor Code, art. L.6321-1, and social selling.', terms).map((f) => f.found)).toEqual([
      'one-on-one',
      'Labor Code',
      'art. L.6321-1',
      'social selling',
    ]);
  });

  it('leaves the chosen terms alone', () => {
    const text =
      'A one-to-one meeting, high-pressure selling, the team summary, a reverse-keyed statement, the Sales Ethics Charter, the French Labour Code (Code du travail), art. L. 6321-1, a sales contest, the average, the company’s plans, the four Cs, Social Selling, a goodwill gesture, with consumers.';
    expect(termVariantsIn(text, terms)).toEqual([]);
  });
});
