/**
 * Where the built site is and which pages it has, read from files only (no browser, no server):
 * shared by the file checks under Vitest (tests/dist/) and the browser tests (tests/e2e/).
 * `DIST` names the build folder (default `dist`), `BASE` the base path it was built for.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const distDir = resolve(process.env.DIST ?? 'dist');
export const basePath = (process.env.BASE ?? '/').replace(/\/?$/, '/');

/** Returns every page path listed in the built sitemap, relative to the base (`guide/`, `` for home). */
export function sitemapPaths(): string[] {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.split('/').pop()!);
  const paths = maps.flatMap((file) =>
    [...readFileSync(join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  if (paths.length === 0) throw new Error('Le plan du site ne liste aucune page : lancez `npm run build` avant les tests.');
  return paths.map((p) => p.slice(basePath.length));
}

/** Returns the language a page must declare: `en` for the English edition under en/, `fr` elsewhere. */
export function languageOf(path: string): 'en' | 'fr' {
  return path.startsWith('en/') ? 'en' : 'fr';
}

/** Raw HTML of the built page at `path` (relative to the base: `guide/`, `` for the home page). */
export function builtHtml(path: string): string {
  return readFileSync(join(distDir, path, 'index.html'), 'utf8');
}

/** Visible text of a built page's `<main>`, whitespace (no-break and narrow no-break spaces included) folded to one space. */
export function mainText(path: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(builtHtml(path))?.[0] ?? '';
  return main
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;/g, '’')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ');
}
