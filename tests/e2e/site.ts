/**
 * What the end-to-end tests know about the built site: its pages (tests/support/dist.ts, also used
 * by the file checks under Vitest) and helpers shared by the browser gates.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** Violations seen by the page, filled by the init script of watchCsp (memory only). */
    __csp?: { directive: string; blocked: string; sample: string }[];
    /** Set by injected code that should never run (tests/e2e/csp.spec.ts). */
    __injected?: boolean;
  }
}

export { basePath, distDir, languageOf, sitemapPaths } from '../support/dist';

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

/** Records every request the page makes from now on (a `data:` address, such as the icon, is read from the page itself, not fetched). */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) urls.push(request.url());
  });
  return urls;
}

/** Returns the requests whose origin is not `origin` (data: URLs are local and allowed). */
export function foreignRequests(urls: readonly string[], origin: string): string[] {
  return urls.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
}

/**
 * Starts recording CSP violations (in a page array, no storage) before any page script runs, and policy
 * console messages. Call before `page.goto`; the returned function lists what was seen so far.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__csp!.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Permissions-Policy|frame-ancestors/i.test(message.text())) messages.push(message.text());
  });
  return async () => {
    const events = await page.evaluate(() => window.__csp ?? []);
    return [...events.map((v) => `${v.directive} bloque ${v.blocked || 'inline'} ${v.sample}`.trim()), ...messages];
  };
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Dark mode only swaps the colour tokens (src/styles/global.css), so only axe's colour rules (cat.color) can change outcome.
const colourRules = ['color-contrast', 'link-in-text-block'];

/** Runs `axe` once the page is in `scheme`, and lists its violations as `scheme rule: targets`. */
async function analyse(page: Page, scheme: 'light' | 'dark', axe: AxeBuilder): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  const { violations } = await axe.analyze();
  return violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Runs axe on the page as it is: every WCAG 2.2 A/AA rule in the light colour scheme, then (unless
 * `dark` is false) the colour rules in the dark one (switched in place, as for a reader). Returns the
 * violations of both.
 */
export async function axeViolations(page: Page, { dark = true }: { dark?: boolean } = {}): Promise<string[]> {
  return [
    ...(await analyse(page, 'light', new AxeBuilder({ page }).withTags(wcagTags))),
    ...(dark ? await analyse(page, 'dark', new AxeBuilder({ page }).withRules(colourRules)) : []),
  ];
}
