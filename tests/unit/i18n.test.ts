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
