/**
 * The site's route table as the build makes it (src/data/routes.ts), rebuilt from the content files
 * without Astro: the app pages of src/lib/routes.ts, each questionnaire's pages and each charter's
 * article and version pages, through the same pure functions. Used to derive the tests' page lists.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { APP_ROUTES, instrumentPages, type AppPage } from '../../src/lib/routes';
import { CHARTER_IDS, charterPages } from '../../src/lib/charter';
import { charter } from './site-data';

/** Every page of the route table but the content pages (which are never interactive), in both languages. */
export function appPages(): AppPage[] {
  const ids = readdirSync('content/diagnostics').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
  const questionnaires = ids.flatMap((id) => {
    const { segment } = JSON.parse(readFileSync(`content/diagnostics/en/${id}.json`, 'utf8')) as { segment: string };
    return instrumentPages(id, segment);
  });
  const charters = CHARTER_IDS.flatMap((id) => {
    const data = charter('fr', id);
    return charterPages(id, data.articles.map((a) => a.number), data.changelog.filter((c) => c.details.length > 0).map((c) => c.version));
  });
  return [...APP_ROUTES, ...questionnaires, ...charters];
}

/** The pages the route table marks interactive, as paths relative to the base (`diagnostic/equipe/`). */
export function interactivePaths(): string[] {
  return appPages()
    .filter((page) => page.interactive)
    .flatMap((page) => [page.fr, page.en])
    .map((route) => route.slice(1))
    .sort();
}
