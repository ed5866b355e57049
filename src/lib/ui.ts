import { getCollection } from 'astro:content';
import { frenchTypography } from './typography';
import { translator, type Dictionary } from './i18n';

const cache = new Map<string, Dictionary>();

/**
 * Returns the merged UI dictionary of `lang` (every `content/i18n/<lang>/*.json`), typography applied.
 * A key defined in two files fails the build, naming both.
 */
export async function getDictionary(lang = 'fr'): Promise<Dictionary> {
  const cached = cache.get(lang);
  if (cached) return cached;
  const files = await getCollection('ui', (entry) => entry.id.startsWith(`${lang}/`));
  if (files.length === 0) throw new Error(`Aucun dictionnaire d’interface dans content/i18n/${lang}/`);
  const dict: Record<string, string> = {};
  const origin = new Map<string, string>();
  for (const file of files) {
    for (const [key, value] of Object.entries(file.data)) {
      const previous = origin.get(key);
      if (previous) throw new Error(`Clé d’interface « ${key} » définie deux fois : content/i18n/${previous}.json et content/i18n/${file.id}.json`);
      origin.set(key, file.id);
      dict[key] = frenchTypography(value);
    }
  }
  cache.set(lang, dict);
  return dict;
}

/** Returns the translator for `lang` (see `translator` in `./i18n`). */
export async function useTranslations(lang = 'fr') {
  return translator(await getDictionary(lang), lang);
}
