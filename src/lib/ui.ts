import { getEntry } from 'astro:content';
import { frenchTypography } from './typography';
import { translator } from './i18n';

/** Returns the translator for `lang`, reading `content/i18n/<lang>.json` (typography applied). */
export async function useTranslations(lang = 'fr') {
  const entry = await getEntry('ui', lang);
  if (!entry) throw new Error(`Dictionnaire d’interface introuvable : content/i18n/${lang}.json`);
  const dict = Object.fromEntries(Object.entries(entry.data).map(([k, v]) => [k, frenchTypography(v)]));
  return translator(dict, lang);
}
