/**
 * `getStaticPaths` of the pages that exist once per entry (content page, charter article,
 * questionnaire), in each language: the route files under `src/pages/` and `src/pages/en/` call
 * these with their language, so both editions come from one definition.
 */
import { getCollection } from 'astro:content';
import { getCharter } from '../components/charter/load';
import { articleAnchor, type CharterId } from '../lib/charter';
import { getInstruments, getRegistry } from '../lib/instruments';
import { instrumentRoute } from '../lib/routes';
import { langPrefix, type Lang } from '../lib/locale';
import { prevNext } from '../lib/navigation';
import { placeEntry } from '../lib/routes';
import { getRouteMap } from '../data/routes';

/** Returns the params (`slug`, without the language prefix) and props of every content page in `lang`. */
export async function contentPaths(lang: Lang) {
  const routes = await getRouteMap();
  const entries = await getCollection('pages', (e) => e.id.startsWith(`${lang}/`));
  // Navigation works on French routes (section ids, order, titles for breadcrumbs); links are then localized.
  for (const entry of entries) {
    if (entry.data.section === 'guide' && !entry.data.thisWeek) {
      throw new Error(`content/pages/${entry.id}.mdx : le champ « thisWeek » (deux ou trois choses à faire cette semaine) est obligatoire pour une page du guide`);
    }
  }
  const nav = entries.map((entry) => {
    const own = placeEntry({ id: entry.id, section: entry.data.section, segment: entry.data.segment }).route;
    return { id: routes.pair(own)?.fr ?? own, own, entry, title: entry.data.navTitle ?? entry.data.title, section: entry.data.section, order: entry.data.order };
  });
  const titles = new Map(nav.map((p) => [p.id, p.title]));
  const prefix = langPrefix(lang);
  return nav.map((page) => {
    const { prev, next } = prevNext(nav, page.id);
    const link = (p: typeof prev) => (p ? { href: p.own, label: p.title } : undefined);
    return {
      params: { slug: page.own.slice(prefix.length + 1, -1) },
      props: { entry: page.entry, route: page.id, titles, prev: link(prev), next: link(next) },
    };
  });
}

/** Returns the params and props of every article page of charter `id` in `lang`. */
export async function charterArticlePaths(lang: Lang, id: CharterId = 'commercial') {
  const charter = await getCharter(lang, id);
  return charter.articles.map((article, index) => ({
    params: { article: articleAnchor(article.number) },
    props: { index, charter: id },
  }));
}

/** Returns the params (`1-1`) and props of every « what changed » page of charter `id` in `lang`: versions whose changelog entry has details. */
export async function charterVersionPaths(lang: Lang, id: CharterId = 'commercial') {
  const charter = await getCharter(lang, id);
  return charter.changelog.flatMap((entry, index) =>
    entry.details.length > 0 ? [{ params: { version: entry.version.replace('.', '-') }, props: { index, charter: id } }] : [],
  );
}

/** Returns the params (the questionnaire's slug in `lang`) and props of every questionnaire page. */
export async function assessmentPaths(lang: Lang) {
  const [instruments, routes] = await Promise.all([getInstruments(lang), getRouteMap()]);
  const registry = await getRegistry(instruments, lang);
  return instruments.map((instrument) => {
    const route = routes.localize(instrumentRoute(instrument.id), lang);
    return { params: { instrument: route.split('/').at(-2)! }, props: { instrument, registry } };
  });
}
