/**
 * The route map of the built site (src/lib/route-table.ts: app pages, content entries paired
 * across languages, the questionnaires with their English slugs, the charters' articles and
 * versions). Astro side: reads the collections once per build.
 */
import { getCollection } from 'astro:content';
import { RouteMap } from '../lib/routes';
import { routeTable } from '../lib/route-table';
import { CHARTERS, type CharterId } from '../lib/charter';
import { memo } from './memo';

async function build(): Promise<RouteMap> {
  const [pages, instruments, texts, charterFiles] = await Promise.all([getCollection('pages'), getCollection('instruments'), getCollection('instrumentTexts'), getCollection('charter')]);
  const segments = instruments.map(({ id }) => {
    const en = texts.find((t) => t.id === `en/${id}`);
    if (!en) throw new Error(`content/diagnostics/en/${id}.json manquant : le questionnaire « ${id} » n’a pas de version anglaise`);
    return { id, segment: en.data.segment };
  });
  const charter = (id: CharterId) => {
    const data = charterFiles.find((e) => e.id === `fr/${CHARTERS[id].file}`)?.data;
    // A missing file gives no pages here; the charter's loader (src/data/charter.ts) fails the build naming it.
    if (data?.kind !== 'charte') return { articles: [], versions: [] };
    return { articles: data.articles.map((a) => a.number), versions: data.changelog.map((c) => c.version) };
  };
  return new RouteMap(
    routeTable({
      content: pages.map((p) => ({ id: p.id, section: p.data.section, segment: p.data.segment, untranslated: p.data.untranslated })),
      instruments: segments,
      charters: { salesperson: charter('salesperson'), company: charter('company') },
    }),
  );
}

/** Returns the route map of the site (built once per build). */
export const getRouteMap = memo<void, RouteMap>(build);
