import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, LANGS, LOCALES, isLang, langPrefix, otherLang, toLang } from '../../src/lib/locale';

describe('languages', () => {
  it('are French, the default served at the root, and English', () => {
    expect(LANGS).toEqual(['fr', 'en']);
    expect(DEFAULT_LANG).toBe('fr');
    expect(langPrefix('fr')).toBe('');
    expect(langPrefix('en')).toBe('/en');
  });

  it('each have the HTML, Open Graph and Intl values of their locale', () => {
    expect(LOCALES.fr).toEqual({ tag: 'fr', og: 'fr_FR', intl: 'fr-FR', name: 'Français' });
    expect(LOCALES.en).toEqual({ tag: 'en', og: 'en_US', intl: 'en-US', name: 'English' });
    for (const lang of LANGS) expect(Intl.NumberFormat.supportedLocalesOf([LOCALES[lang].intl])).toEqual([LOCALES[lang].intl]);
    expect(new Intl.NumberFormat(LOCALES.en.intl).format(1234.5)).toBe('1,234.5');
    expect(new Intl.NumberFormat(LOCALES.fr.intl).format(1234.5)).toBe('1\u202F234,5');
  });
});

describe('isLang and toLang', () => {
  it('recognise only the site languages, case-sensitively', () => {
    expect(isLang('fr')).toBe(true);
    expect(isLang('en')).toBe(true);
    for (const value of ['de', 'EN', 'en-US', '', undefined, null, 1]) expect(isLang(value)).toBe(false);
  });

  it('fall back to French for an unknown or absent locale (Astro.currentLocale may be undefined)', () => {
    expect(toLang('en')).toBe('en');
    expect(toLang('fr')).toBe('fr');
    expect(toLang(undefined)).toBe('fr');
    expect(toLang('de')).toBe('fr');
    expect(toLang('en-US')).toBe('fr');
  });

  it('pair each language with the other', () => {
    expect(otherLang('fr')).toBe('en');
    expect(otherLang('en')).toBe('fr');
  });
});

