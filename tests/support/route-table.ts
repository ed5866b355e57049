/**
 * The site's route table for tests that run without Astro: the content files read from disk and
 * handed to the build's own function (src/lib/route-table.ts), so the tests' page lists come from
 * the same table as the build's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { routeTable } from '../../src/lib/route-table';
import type { AppPage, ContentEntryRef } from '../../src/lib/routes';
import { charter } from './site-data';

/** Every `.mdx` file under `dir`, recursively. */
function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []));
}

/** The content pages as Astro's glob loader names them (path without `.mdx`, a trailing `/index` dropped), with their placing fields. */
function contentEntries(): ContentEntryRef[] {
  return mdxFiles('content/pages').map((file) => {
    const front = (parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') ?? {}) as Partial<ContentEntryRef>;
    const id = relative('content/pages', file).replace(/\.mdx$/, '').replace(/\/index$/, '');
    return { id, section: front.section, segment: front.segment, untranslated: front.untranslated } as ContentEntryRef;
  });
}

/** Every page of the route table, in both languages, as the build makes it. */
export function appPages(): AppPage[] {
  const ids = readdirSync('content/diagnostics').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
  const instruments = ids.map((id) => ({ id, segment: (JSON.parse(readFileSync(`content/diagnostics/en/${id}.json`, 'utf8')) as { segment: string }).segment }));
  const pages = (data: ReturnType<typeof charter>) => ({ articles: data.articles.map((a) => a.number), versions: data.changelog.map((c) => c.version) });
  return routeTable({ content: contentEntries(), instruments, charters: { salesperson: pages(charter('fr', 'salesperson')), company: pages(charter('fr', 'company')) } });
}

/** The pages the route table marks interactive, as paths relative to the base (`diagnostic/equipe/`). */
export function interactivePaths(): string[] {
  return appPages()
    .filter((page) => page.interactive)
    .flatMap((page) => [page.fr, page.en])
    .map((route) => route.slice(1))
    .sort();
}
