import { describe, expect, it } from 'vitest';
import { dataBlockText, pickStrings } from '../../src/lib/island-props';

describe('pickStrings', () => {
  const dictionary = { 'diagnostic.step': 'Étape', 'diagnostic.step.title': 'Titre', 'diagnostic.steps': 'Étapes', 'diagnostic.results.title': 'Résultats', 'nav.home': 'Accueil' };

  it('takes the keys under each prefix, whole', () => {
    expect(pickStrings(dictionary, ['diagnostic.step', 'nav'])).toEqual({ 'diagnostic.step': 'Étape', 'diagnostic.step.title': 'Titre', 'nav.home': 'Accueil' });
  });

  it('reads a prefix as a key path, not as the start of a word', () => {
    expect(pickStrings(dictionary, ['diagnostic.step'])).not.toHaveProperty('diagnostic.steps');
  });

  it('takes nothing without a prefix', () => {
    expect(pickStrings(dictionary, [])).toEqual({});
  });
});

describe('dataBlockText', () => {
  it('escapes < so that a value cannot close the script element, and reads back the same', () => {
    const data = { text: '</script><script>alert(1)</script>' };
    const text = dataBlockText(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
