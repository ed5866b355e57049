/**
 * What the end-to-end tests know about the built site: its pages (from the sitemap in dist/)
 * and helpers shared by the gates.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

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

/** Reads what the page stored in the browser: cookies and every storage area. */
export async function storageSnapshot(page: Page) {
  const cookies = await page.context().cookies();
  const inPage = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: 'caches' in window ? (await caches.keys()).length : 0,
    serviceWorkers: 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }));
  return { cookies: cookies.length, ...inPage };
}

export const emptyStorage = { cookies: 0, localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0, serviceWorkers: 0 };

/** Records every request the page makes, to check that all go to the site's own origin. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Returns the requests whose origin is not `origin` (data: URLs are local and allowed). */
export function foreignRequests(urls: readonly string[], origin: string): string[] {
  return urls.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
}
