import { getCollection } from 'astro:content';
import type { Instrument } from '../schemas/instrument';
import { codeRegistry, prepareInstrument, type RegistryEntry } from './instrument-view';
import { mergeInstrumentText } from './instrument-text';
import { DEFAULT_LANG, type Lang } from './locale';
import { url } from '../data/paths';
import { getRouteMap } from '../data/routes';
import { typesetter } from './typography';
import { instrumentRoute } from './routes';


/**
 * Returns every questionnaire of `content/diagnostics/` in `lang` (texts of
 * `content/diagnostics/<lang>/<id>.json` laid over the reference), in `order`, typeset and with
 * guide links in that language, base path included. Throws when two share a code letter.
 */
export async function getInstruments(lang: Lang = DEFAULT_LANG): Promise<Instrument[]> {
  const [entries, texts, routes] = await Promise.all([getCollection('instruments'), getCollection('instrumentTexts'), getRouteMap()]);
  const localized = entries.map((entry) => {
    const base = { id: entry.id, ...entry.data };
    if (lang === DEFAULT_LANG) return base;
    const translation = texts.find((t) => t.id === `${lang}/${entry.id}`);
    if (!translation) throw new Error(`content/diagnostics/${lang}/${entry.id}.json manquant : le questionnaire « ${entry.id} » n’a pas de textes en ${lang}`);
    return mergeInstrumentText(base, translation.data, `content/diagnostics/${lang}/${entry.id}.json`);
  });
  const instruments = localized
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map((i) => prepareInstrument(i, typesetter(lang), (route) => url(routes.localize(route, lang))));
  await getRegistry(instruments, lang);
  return instruments;
}

/** Returns the result-code registry of `instruments`, with links to their pages in `lang`. */
export async function getRegistry(instruments: readonly Instrument[], lang: Lang = DEFAULT_LANG): Promise<RegistryEntry[]> {
  const routes = await getRouteMap();
  return codeRegistry(instruments, (id) => url(routes.localize(instrumentRoute(id), lang)));
}
