/**
 * The interface dictionaries (`content/i18n/<lang>/*.json`), read once per build: the files of a
 * language merged, every language checked to define the same keys, typography applied once here.
 */
import { getCollection } from 'astro:content';
import { dictionaryGaps, translator, type Dictionary, type T } from '../lib/i18n';
import { LANGS, toLang, type Lang } from '../lib/locale';
import { typesetter } from '../lib/typography';
import { memo } from './memo';

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

/** Every language's dictionary, read and checked together (their keys are compared), once per build. */
const loadDictionaries = memo<void, Readonly<Record<Lang, Dictionary>>>(async () => {
  const all = await Promise.all(LANGS.map(async (lang) => [lang, await readDictionary(lang)] as const));
  const gaps = dictionaryGaps(Object.fromEntries(all.map(([lang, { origin }]) => [lang, origin])));
  if (gaps.length > 0) throw new Error(`Dictionnaires d’interface incomplets :\n- ${gaps.join('\n- ')}`);
  return Object.fromEntries(
    all.map(([lang, { dict }]) => {
      const typeset = typesetter(lang);
      return [lang, Object.fromEntries(Object.entries(dict).map(([key, value]) => [key, typeset(value)]))];
    }),
  ) as Record<Lang, Dictionary>;
});

/** Returns the merged, typeset interface dictionary of `lang`. */
export async function getDictionary(lang: Lang): Promise<Dictionary> {
  return (await loadDictionaries())[lang];
}

/** Returns the translator of `lang` (`Astro.currentLocale` may be passed as it is), for endpoints; pages use `Astro.locals.t`. */
export async function getTranslator(lang: string | undefined): Promise<T> {
  const l = toLang(lang);
  return translator(await getDictionary(l), l);
}
