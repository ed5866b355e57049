/**
 * The site's whole route table from its content, as one pure function: the app pages of
 * `routes.ts`, the content pages paired across languages, each questionnaire's pages at its English
 * segment, each charter's article and version pages. The build calls it with the collections
 * (src/data/routes.ts), the tests with the same files read from disk (tests/support/route-table.ts),
 * so both get one table.
 */
import { APP_ROUTES, instrumentPages, pairContentEntries, type AppPage, type ContentEntryRef } from './routes';
import { CHARTER_IDS, charterPages, type CharterId } from './charter';

export interface RouteTableInput {
  /** The content pages (content/pages/), as Astro ids with their placing fields. */
  content: readonly ContentEntryRef[];
  /** Each questionnaire's id and English segment (`segment` of content/diagnostics/en/<id>.json). */
  instruments: readonly { id: string; segment: string }[];
  /** Each charter's article numbers and versions, from its French file. */
  charters: Readonly<Record<CharterId, { articles: readonly number[]; versions: readonly string[] }>>;
}

/** Returns every page of the site, in both languages; `interactive` marks those that run JavaScript. */
export function routeTable(input: RouteTableInput): AppPage[] {
  return [
    ...APP_ROUTES,
    ...pairContentEntries(input.content),
    ...input.instruments.flatMap(({ id, segment }) => instrumentPages(id, segment)),
    // Each charter's articles and « what changed » pages, under the charter's own address in each language.
    ...CHARTER_IDS.flatMap((id) => charterPages(id, input.charters[id].articles, input.charters[id].versions)),
  ];
}
