import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { plural, pluralForm } from '../../src/lib/plural';
import { translator } from '../../src/lib/i18n';

const dict = (lang: string) => JSON.parse(readFileSync(`content/i18n/${lang}/team.json`, 'utf8')) as Record<string, string>;

describe('pluralForm', () => {
  it('takes the singular for 0 and 1 in French, for 1 only in English', () => {
    expect([0, 1, 2, 5].map((n) => pluralForm('fr-FR', n))).toEqual(['one', 'one', 'other', 'other']);
    expect([0, 1, 2, 5].map((n) => pluralForm('en-GB', n))).toEqual(['other', 'one', 'other', 'other']);
  });
});

describe('plural', () => {
  it('words the team counts without « (s) »', () => {
    const fr = translator(dict('fr'), 'fr');
    expect(plural(fr, 'fr-FR', 'team.status.valid', 5)).toBe('5 codes valides');
    expect(plural(fr, 'fr-FR', 'team.status.invalid', 0)).toBe('0 ligne refusée');
    expect(plural(fr, 'fr-FR', 'team.session.run.count', 0, { threshold: 5 })).toBe("0 personne a répondu ; la synthèse peut s'afficher à partir de 5.");
    const en = translator(dict('en'), 'en');
    expect(plural(en, 'en-GB', 'team.status.duplicates', 1)).toBe('1 duplicate');
    expect(plural(en, 'en-GB', 'team.status.duplicates', 0)).toBe('0 duplicates');
  });

  it('lets the count be shown formatted', () => {
    const fr = translator(dict('fr'), 'fr');
    expect(plural(fr, 'fr-FR', 'team.status.valid', 15000, { count: (15000).toLocaleString('fr-FR') })).toBe('15\u202f000 codes valides');
  });

  it('has both forms of every counted team string in both languages', () => {
    for (const lang of ['fr', 'en']) {
      const keys = Object.keys(dict(lang));
      for (const key of keys.filter((k) => k.endsWith('.one'))) expect(keys, `${lang} ${key}`).toContain(key.replace(/\.one$/, '.other'));
      expect(keys.some((k) => /\(s\)/.test(dict(lang)[k]!)), lang).toBe(false);
    }
  });
});
