/**
 * Content-Security-Policy gate in the browser. Every built page declares a strict policy in a <meta>
 * tag (checked on the files by tests/dist/csp.test.ts), the server adds the header policy of
 * public/_headers, and neither breaks the site: a browser visit
 * of every page in the sitemap records no violation (checked by tests/e2e/gates.spec.ts, which
 * visits each page once for all the per-page gates). An injected inline script, an injected style
 * attribute or event handler, and framing by a page are all refused.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, sitemapPaths, watchCsp } from './site';
import { directives } from '../support/csp-policy';
import { searchCount } from '../support/site-data';

const pages = sitemapPaths();

test('l’en-tête HTTP ajoute frame-ancestors et les en-têtes de sécurité sans contredire la balise', async ({ request }) => {
  const response = await request.get('');
  const headers = response.headers();
  const policy = directives(headers['content-security-policy'] ?? '');
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  // Without the per-page hashes, these would block the page's own inline scripts and styles.
  for (const name of ['default-src', 'script-src', 'style-src', 'script-src-elem', 'style-src-elem']) expect(policy.has(name)).toBe(false);
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  // Hashed assets are cached for good; pages are not.
  expect(headers['cache-control'] ?? '').not.toContain('immutable');
  const asset = readdirSync(join(distDir, '_astro'))[0];
  if (asset) expect((await request.get(`_astro/${asset}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('CSP : la recherche charge Pagefind et son WebAssembly sans violation', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('recherche/?q=engagement');
  // Loading the engine and a score of result fragments can be slow on a busy machine.
  await expect(page.getByRole('status')).toContainText(searchCount('fr', 'engagement'), { timeout: 20_000 });
  expect(await violations()).toEqual([]);
});

test('CSP : un script injecté dans la page ne s’exécute pas et la violation est signalée', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto(pages.find((p) => p.startsWith('guide/')) ?? '');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
  });
  await expect.poll(() => page.evaluate(() => window.__csp?.length ?? 0)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  expect((await violations()).some((v) => v.startsWith('script-src-elem'))).toBe(true);
});

test('CSP : un attribut style injecté et un gestionnaire onclick sont refusés', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('');
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.id = 'probe';
    probe.setAttribute('style', 'width: 123px');
    probe.setAttribute('onclick', 'window.__injected = true');
    document.body.append(probe);
    probe.click();
  });
  await expect.poll(async () => (await violations()).length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  expect(await page.locator('#probe').evaluate((el) => el.getBoundingClientRect().width)).not.toBe(123);
});

test('CSP : une page du site ne se laisse pas encadrer (frame-ancestors)', async ({ page, baseURL }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('frame-ancestors')) refused.push(message.text());
  });
  await page.goto('');
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'essai';
    document.body.append(frame);
  }, new URL('guide/', baseURL).href);
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  // A refused frame shows the browser's error page, from another origin: its document is out of reach.
  expect(await page.evaluate(() => document.querySelector('iframe')?.contentDocument?.querySelector('h1')?.textContent ?? null)).toBeNull();
});
