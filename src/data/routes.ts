/**
 * The route map of the built site: app pages, content entries paired across languages, the
 * questionnaires (with their English slugs) and the charter's articles. Astro side: reads the
 * collections once per build.
 */
import { getCollection } from 'astro:content';
import { APP_ROUTES, RouteMap, instrumentPages, pairContentEntries } from '../lib/routes';
import { CHARTER_IDS, CHARTERS, charterPages } from '../lib/charter';

let cached: Promise<RouteMap> | undefined;

async function build(): Promise<RouteMap> {
  const pages = await getCollection('pages');
  const content = pairContentEntries(pages.map((p) => ({ id: p.id, section: p.data.section, segment: p.data.segment, untranslated: p.data.untranslated })));
  const instruments = await getCollection('instruments');
  const texts = await getCollection('instrumentTexts');
  const assessments = instruments.flatMap(({ id }) => {
    const en = texts.find((t) => t.id === `en/${id}`);
    if (!en) throw new Error(`content/diagnostics/en/${id}.json manquant : le questionnaire « ${id} » n’a pas de version anglaise`);
    return instrumentPages(id, en.data.segment);
  });
  // Each charter's articles and « what changed » pages, under the charter's own address in each language.
  const charters = await getCollection('charter', (e) => CHARTER_IDS.some((id) => e.id === `fr/${CHARTERS[id].file}`));
  const articles = CHARTER_IDS.flatMap((id) => {
    const data = charters.find((e) => e.id === `fr/${CHARTERS[id].file}`)?.data;
    if (data?.kind !== 'charte') return [];
    return charterPages(id, data.articles.map((a) => a.number), data.changelog.map((c) => c.version));
  });
  return new RouteMap([...APP_ROUTES, ...content, ...assessments, ...articles]);
}

/** Returns the route map of the site (built once per build). */
export function getRouteMap(): Promise<RouteMap> {
  cached ??= build();
  return cached;
}
