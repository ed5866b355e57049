import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, LANGS, LOCALES, isLang, langOfTag, langPrefix, otherLang, toLang } from '../../src/lib/locale';

describe('languages', () => {
  it('are French, the default served at the root, and English', () => {
    expect(LANGS).toEqual(['fr', 'en']);
    expect(DEFAULT_LANG).toBe('fr');
    expect(langPrefix('fr')).toBe('');
    expect(langPrefix('en')).toBe('/en');
  });

  it('each have the HTML, Open Graph and Intl values of their locale', () => {
    expect(LOCALES.fr).toEqual({ tag: 'fr', og: 'fr_FR', intl: 'fr-FR', name: 'Français' });
    // British English (issue 26): the tags, the share locale and the date style agree with the spelling.
    expect(LOCALES.en).toEqual({ tag: 'en-GB', og: 'en_GB', intl: 'en-GB', name: 'English' });
    for (const lang of LANGS) expect(Intl.NumberFormat.supportedLocalesOf([LOCALES[lang].intl])).toEqual([LOCALES[lang].intl]);
    expect(new Intl.NumberFormat(LOCALES.en.intl).format(1234.5)).toBe('1,234.5');
    expect(new Intl.NumberFormat(LOCALES.fr.intl).format(1234.5)).toBe('1\u202F234,5');
  });

  it('write English dates day first, in the British style', () => {
    const date = new Date(Date.UTC(2016, 11, 9));
    expect(new Intl.DateTimeFormat(LOCALES.en.intl, { dateStyle: 'long', timeZone: 'UTC' }).format(date)).toBe('9 December 2016');
    expect(new Intl.DateTimeFormat(LOCALES.fr.intl, { dateStyle: 'long', timeZone: 'UTC' }).format(date)).toBe('9 décembre 2016');
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

  it('read the site language from a language tag, as islands read <html lang>', () => {
    expect(langOfTag('en-GB')).toBe('en');
    expect(langOfTag('en')).toBe('en');
    expect(langOfTag('EN-gb')).toBe('en');
    expect(langOfTag('fr')).toBe('fr');
    expect(langOfTag('de-DE')).toBe('fr');
    expect(langOfTag('')).toBe('fr');
    expect(langOfTag(undefined)).toBe('fr');
  });

  it('pair each language with the other', () => {
    expect(otherLang('fr')).toBe('en');
    expect(otherLang('en')).toBe('fr');
  });
});

