import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { format, translator } from '../../src/lib/i18n';

describe('format', () => {
  it('fills named placeholders and keeps unknown ones', () => {
    expect(format('{count} résultats pour « {query} » {x}', { count: 3, query: 'équipe' })).toBe('3 résultats pour « équipe » {x}');
  });
});

describe('translator', () => {
  const t = translator<string>({ 'nav.skip': 'Aller au contenu', 'page.step': 'Étape {n} sur {total}' }, 'fr');
  it('returns the string of a key, formatted', () => {
    expect(t('nav.skip')).toBe('Aller au contenu');
    expect(t('page.step', { n: 2, total: 5 })).toBe('Étape 2 sur 5');
  });
  it('throws on a missing key, naming it', () => {
    expect(() => t('nav.missing')).toThrow('« nav.missing »');
  });
});

describe('UiKey', () => {
  const t = translator({ 'nav.skip': 'Aller au contenu' }, 'fr');
  // That a key in no dictionary fails type checking is a type test: i18n.test-d.ts.
  it('translates the keys of the French dictionaries', () => {
    expect(t('nav.skip')).toBe('Aller au contenu');
  });

  it('is derived from every French dictionary file', () => {
    const source = readFileSync('src/lib/ui-keys.ts', 'utf8');
    const files = readdirSync('content/i18n/fr').filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(source, file).toContain(`from '../../content/i18n/fr/${file}'`);
  });
});

describe('format: plural choices', () => {
  const template = '{count, plural, one {# réponse distincte} other {# réponses distinctes}} sur {total}';
  it('follows the French rules: 0 and 1 take the singular', () => {
    expect(format(template, { count: 0, total: 3 })).toBe('0 réponse distincte sur 3');
    expect(format(template, { count: 1, total: 3 }, 'fr')).toBe('1 réponse distincte sur 3');
    expect(format(template, { count: 2, total: 3 }, 'fr')).toBe('2 réponses distinctes sur 3');
  });
  it('follows the English rules: 0 takes the plural', () => {
    const en = '{n, plural, one {# answer} other {# answers}}';
    expect(format(en, { n: 0 }, 'en')).toBe('0 answers');
    expect(format(en, { n: 1 }, 'en')).toBe('1 answer');
  });
  it('prefers an exact case and keeps a choice whose value is missing', () => {
    expect(format('{n, plural, =0 {aucune} one {une} other {#}}', { n: 0 })).toBe('aucune');
    expect(format('{n, plural, one {une} other {#}}', {})).toBe('{n, plural, one {une} other {#}}');
  });
  it('passes the translator’s language on', () => {
    expect(translator<'k'>({ k: '{n, plural, one {# code} other {# codes}}' }, 'en')('k', { n: 0 })).toBe('0 codes');
  });
});
