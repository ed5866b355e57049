/**
 * The route map of the built site: app pages, content entries paired across languages, the
 * questionnaires (with their English slugs) and the charter's articles. Astro side: reads the
 * collections once per build.
 */
import { getCollection } from 'astro:content';
import { APP_ROUTES, RouteMap, pairContentEntries, type RoutePair } from './routes';

let cached: Promise<RouteMap> | undefined;

async function build(): Promise<RouteMap> {
  const pages = await getCollection('pages');
  const content = pairContentEntries(pages.map((p) => ({ id: p.id, section: p.data.section, segment: p.data.segment, untranslated: p.data.untranslated })));
  const instruments = await getCollection('instruments');
  const texts = await getCollection('instrumentTexts');
  const assessments: RoutePair[] = instruments.flatMap(({ id }) => {
    const en = texts.find((t) => t.id === `en/${id}`);
    if (!en) throw new Error(`content/diagnostics/en/${id}.json manquant : le questionnaire « ${id} » n’a pas de version anglaise`);
    return [
      { fr: `/diagnostic/${id}/`, en: `/en/assessment/${en.data.segment}/` },
      { fr: `/diagnostic/${id}/papier/`, en: `/en/assessment/${en.data.segment}/paper/` },
    ];
  });
  const charter = await getCollection('charter', (e) => e.id === 'fr/charte');
  const articles: RoutePair[] = charter.flatMap((e) =>
    e.data.kind === 'charte' ? e.data.articles.map(({ number }) => ({ fr: `/charte/article-${number}/`, en: `/en/charter/article-${number}/` })) : [],
  );
  return new RouteMap([...APP_ROUTES, ...content, ...assessments, ...articles]);
}

/** Returns the route map of the site (built once per build). */
export function getRouteMap(): Promise<RouteMap> {
  cached ??= build();
  return cached;
}
