import { describe, expect, it } from 'vitest';
import { format, translator } from '../../src/lib/i18n';

describe('format', () => {
  it('fills named placeholders and keeps unknown ones', () => {
    expect(format('{count} résultats pour « {query} » {x}', { count: 3, query: 'équipe' })).toBe('3 résultats pour « équipe » {x}');
  });
});

describe('translator', () => {
  const t = translator({ 'nav.skip': 'Aller au contenu', 'page.step': 'Étape {n} sur {total}' }, 'fr');
  it('returns the string of a key, formatted', () => {
    expect(t('nav.skip')).toBe('Aller au contenu');
    expect(t('page.step', { n: 2, total: 5 })).toBe('Étape 2 sur 5');
  });
  it('throws on a missing key, naming it', () => {
    expect(() => t('nav.missing')).toThrow('« nav.missing »');
  });
});
