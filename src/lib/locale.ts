/**
 * The site's languages. French is the reference and lives at the root (`/guide/`); English lives
 * under `/en/` (`/en/guide/`). Pure data and functions, shared by pages, islands and tests.
 */

export const LANGS = ['fr', 'en'] as const;

export type Lang = (typeof LANGS)[number];

/** The reference language, served without a prefix. */
export const DEFAULT_LANG: Lang = 'fr';

/** What the HTML, Open Graph and `Intl` need to know about a language. */
export interface LocaleInfo {
  /** `<html lang>` and `hreflang` value. */
  tag: string;
  /** `og:locale` value. */
  og: string;
  /** Locale for `Intl` number and date formatting. */
  intl: string;
  /** Name of the language in that language, for the switcher. */
  name: string;
}

/**
 * The English edition is written in British English (organise, behaviour, licence, « 9 December
 * 2016 »): the tags say so, so that dates, share cards and spell-checkers follow the same spelling.
 */
export const LOCALES: Readonly<Record<Lang, LocaleInfo>> = {
  fr: { tag: 'fr', og: 'fr_FR', intl: 'fr-FR', name: 'Français' },
  en: { tag: 'en-GB', og: 'en_GB', intl: 'en-GB', name: 'English' },
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Returns `value` as a language, the default language when it is not one (`Astro.currentLocale` may be undefined). */
export function toLang(value: string | undefined): Lang {
  return isLang(value) ? value : DEFAULT_LANG;
}

/** Returns the site language of a language tag (`en-GB` → `en`, `<html lang>` as islands read it); French when it is none. */
export function langOfTag(tag: string | undefined): Lang {
  return toLang(tag?.split('-')[0]?.toLowerCase());
}

/** Returns the other language of the pair. */
export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

/** Returns the route prefix of a language: `` for French, `/en` for English. */
export function langPrefix(lang: Lang): string {
  return lang === DEFAULT_LANG ? '' : `/${lang}`;
}
