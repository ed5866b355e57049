import { getCollection } from 'astro:content';
import { breadcrumbs, SECTIONS, type Crumb } from './navigation';
import { translator, type Dictionary } from './i18n';
import { DEFAULT_LANG, LANGS, LOCALES, toLang, type Lang } from './locale';
import { getRouteMap } from './site-routes';
import { url } from './paths';
import { typesetter } from './typography';

let dictionaries: Promise<Readonly<Record<Lang, Dictionary>>> | undefined;

/** Reads the dictionary files of `lang`; a key defined in two files fails the build, naming both. */
async function readDictionary(lang: Lang): Promise<{ dict: Record<string, string>; origin: Map<string, string> }> {
  const files = await getCollection('ui', (entry) => entry.id.startsWith(`${lang}/`));
  if (files.length === 0) throw new Error(`Aucun dictionnaire d’interface dans content/i18n/${lang}/`);
  const dict: Record<string, string> = {};
  const origin = new Map<string, string>();
  for (const file of files) {
    for (const [key, value] of Object.entries(file.data)) {
      const previous = origin.get(key);
      if (previous) throw new Error(`Clé d’interface « ${key} » définie deux fois : content/i18n/${previous}.json et content/i18n/${file.id}.json`);
      origin.set(key, file.id);
      dict[key] = value;
    }
  }
  return { dict, origin };
}

/**
 * Returns the keys missing from each language's dictionary, compared with the union of all
 * languages' keys, as messages naming the file that defines the key elsewhere. Pure.
 */
export function dictionaryGaps(keysByLang: Readonly<Record<string, ReadonlyMap<string, string>>>): string[] {
  const langs = Object.keys(keysByLang);
  const gaps: string[] = [];
  for (const lang of langs) {
    for (const other of langs) {
      if (other === lang) continue;
      for (const [key, file] of keysByLang[other]!) {
        if (!keysByLang[lang]!.has(key)) gaps.push(`« ${key} » (content/i18n/${file}.json) manque en ${lang} : ajoutez-la à content/i18n/${lang}/${file.split('/')[1]}.json`);
      }
    }
  }
  return gaps;
}

/** Reads every language's dictionary once, checks that they define the same keys, and typesets each. */
async function loadDictionaries(): Promise<Readonly<Record<Lang, Dictionary>>> {
  const all = await Promise.all(LANGS.map(async (lang) => [lang, await readDictionary(lang)] as const));
  const gaps = dictionaryGaps(Object.fromEntries(all.map(([lang, { origin }]) => [lang, origin])));
  if (gaps.length > 0) throw new Error(`Dictionnaires d’interface incomplets :\n- ${gaps.join('\n- ')}`);
  return Object.fromEntries(
    all.map(([lang, { dict }]) => {
      const typeset = typesetter(lang);
      return [lang, Object.fromEntries(Object.entries(dict).map(([key, value]) => [key, typeset(value)]))];
    }),
  ) as Record<Lang, Dictionary>;
}

/**
 * Returns the merged UI dictionary of `lang` (every `content/i18n/<lang>/*.json`), typography
 * applied. Every language must define the same keys: a key missing from one fails the build.
 */
export async function getDictionary(lang: Lang = DEFAULT_LANG): Promise<Dictionary> {
  dictionaries ??= loadDictionaries();
  return (await dictionaries)[lang];
}

/** Returns the translator for `lang` (see `translator` in `./i18n`); `Astro.currentLocale` may be passed as it is. */
export async function useTranslations(lang: string | undefined = DEFAULT_LANG) {
  const l = toLang(lang);
  return translator(await getDictionary(l), l);
}

/**
 * Everything a page or component needs to speak the reader's language, from `Astro.currentLocale`:
 * the language, its translator and typesetter, `Intl` locale, and `href`, which turns the French
 * route of any page (`/charte/adopter/#qr`) into its address in that language, base path included.
 */
export async function useLocale(locale: string | undefined) {
  const lang = toLang(locale);
  const [t, routes] = await Promise.all([useTranslations(lang), getRouteMap()]);
  const localizeKnown = (route: string) => (routes.pair(route) ? routes.localize(route, lang) : route);
  return {
    lang,
    t,
    routes,
    info: LOCALES[lang],
    typeset: typesetter(lang),
    /** Site-relative address of the page at French route `route`, in the reader's language (no base). */
    route: (route: string) => routes.localize(route, lang),
    /** Address of the page at French route `route`, in the reader's language, base path included. */
    href: (route: string) => url(routes.localize(route, lang)),
    /**
     * Breadcrumb trail of the page at French route `route`: home, its section, known ancestors
     * (`titles`, keyed by French route), then the page; each link in the reader's language.
     */
    crumbs: (route: string, titles: Iterable<readonly [string, string]> = []): Crumb[] => {
      const labels = new Map<string, string>([...SECTIONS.map((s) => [`/${s.id}/`, t(`nav.section.${s.id}`)] as const), ...titles]);
      return breadcrumbs(route, labels, t('nav.home')).map((crumb) => ({ ...crumb, href: localizeKnown(crumb.href) }));
    },
  };
}
