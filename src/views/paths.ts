/**
 * `getStaticPaths` of the pages that exist once per entry (content page, charter article,
 * questionnaire), in each language: the route files under `src/pages/` and `src/pages/en/` call
 * these with their language, so both editions come from one definition.
 */
import { getCharter } from '../data/charter';
import { getInstruments, getRegistry } from '../data/instruments';
import { getPages } from '../data/pages';
import { articleAnchor, type CharterId } from '../lib/charter';
import { instrumentRoute } from '../lib/routes';
import { langPrefix, type Lang } from '../lib/locale';
import { getRouteMap } from '../data/routes';

/** Returns the params (`slug`, without the language prefix) and props of every content page in `lang`. */
export async function contentPaths(lang: Lang) {
  const pages = await getPages(lang);
  const titles = new Map(pages.map((p) => [p.id, p.title]));
  const prefix = langPrefix(lang);
  return pages.map((page) => ({
    params: { slug: page.own.slice(prefix.length + 1, -1) },
    props: { entry: page.entry, route: page.id, titles, prev: page.prev, next: page.next },
  }));
}

/** Returns the params and props of every article page of charter `id` in `lang`. */
export async function charterArticlePaths(lang: Lang, id: CharterId = 'commercial') {
  const charter = await getCharter(lang, id);
  return charter.articles.map((article, index) => ({
    params: { article: articleAnchor(article.number) },
    props: { index, charter: id },
  }));
}

/** Returns the params (`1-1`) and props of every version page of charter `id` in `lang`: what changed, and the commitments as they read in it. */
export async function charterVersionPaths(lang: Lang, id: CharterId = 'commercial') {
  const charter = await getCharter(lang, id);
  return charter.changelog.map((entry, index) => ({ params: { version: entry.version.replace('.', '-') }, props: { index, charter: id } }));
}

/** Returns the params (the questionnaire's slug in `lang`) and props of every questionnaire page. */
export async function assessmentPaths(lang: Lang) {
  const [instruments, registry, routes] = await Promise.all([getInstruments(lang), getRegistry(lang), getRouteMap()]);
  return instruments.map((instrument) => {
    const route = routes.localize(instrumentRoute(instrument.id), lang);
    return { params: { instrument: route.split('/').at(-2)! }, props: { instrument, registry } };
  });
}
