/**
 * The gates every page of the sitemap must pass, checked in a single visit per page so that the suite
 * stays fast as the site grows (a second language doubles the pages):
 * - it answers 200 and declares its language, one h1, a title, a description, a canonical URL,
 *   an og:title and its Content-Security-Policy meta tag;
 * - axe finds no WCAG 2.2 A/AA violation in light; in dark (where only colours change), on the French
 *   pages: an English page is built by the same view and components as its French twin, with the same
 *   colour tokens, and uses no element or class that no French page has (tests/dist/english-markup.test.ts);
 *   the booklets, which gather pages checked one by one, are checked in light only;
 * - after a reader's visit (keyboard, search field, scrolling to the end, every island hydrated:
 *   islands use `client:paint`, src/integrations/client-paint.ts) the browser reported no CSP
 *   violation, nothing is stored and no request left the site's origin.
 * - on a laptop (1366 px), a content page shows its section's pages beside a centred text and keeps
 *   « Sur cette page » in view (tests/e2e/layout-checks.ts); on a phone (390 px), the page does not
 *   scroll sideways.
 * Accessibility runs first, on the page as loaded; the reader's visit comes after it, then the phone.
 */
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/lib/locale';
import { axeViolations, emptyStorage, foreignRequests, languageOf, recordRequests, sitemapPaths, storageSnapshot, watchCsp } from './site';
import { LAPTOP, PHONE, checkLaptopLayout, contentPages, sideways } from './layout-checks';

// Reduced motion: scrolling jumps instead of gliding (the site scrolls smoothly otherwise).
test.use({ viewport: LAPTOP, reducedMotion: 'reduce' });
const content = new Set(contentPages);
/** The printable booklets: every chapter is a page of the sitemap, checked on its own. */
const booklets = new Set(sitemapPaths().filter((path) => /\/(livret|booklet)\/$/.test(path)));

test('chaque page de contenu est dans le plan du site (et passe donc les contrôles de mise en page)', () => {
  expect(contentPages.length).toBeGreaterThan(20);
  expect(contentPages.filter((path) => !sitemapPaths().includes(path))).toEqual([]);
});

for (const path of sitemapPaths()) {
  test(`contrôles de page : /${path} (balises, accessibilité, CSP, confidentialité)`, async ({ page, baseURL }) => {
    const cspViolations = await watchCsp(page);
    const requests = recordRequests(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');

    // Soft assertions: one run reports every failing gate of the page, not only the first.
    await test.step('balises de la page', async () => {
      await expect.soft(page.locator('html')).toHaveAttribute('lang', LOCALES[languageOf(path)].tag);
      await expect.soft(page.locator('h1')).toHaveCount(1);
      expect.soft((await page.title()).trim().length).toBeGreaterThan(3);
      await expect.soft(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
      await expect.soft(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//);
      await expect.soft(page.locator('meta[property="og:title"]')).toHaveCount(1);
      await expect.soft(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
    });

    await test.step('accessibilité (clair puis sombre)', async () => {
      expect.soft(await axeViolations(page, { dark: languageOf(path) === 'fr' && !booklets.has(path) })).toEqual([]);
    });

    if (content.has(path)) {
      await test.step('mise en page à 1366 px : pages de la rubrique et « Sur cette page » en vue', async () => {
        await checkLaptopLayout(page, path);
      });
    }

    await test.step('visite d’un lecteur', async () => {
      for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
      await page.locator('#site-search').fill('engagement');
      await page.mouse.wheel(0, 800);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      // Astro drops `ssr` once an island has hydrated (networkidle, already reached, would not wait again).
      await expect(page.locator('astro-island[ssr]:not([client="media"])')).toHaveCount(0);
    });

    await test.step('CSP : aucune violation', async () => {
      expect.soft(await cspViolations()).toEqual([]);
    });

    await test.step('confidentialité : rien de stocké, aucun autre site contacté', async () => {
      expect.soft(await storageSnapshot(page)).toEqual(emptyStorage);
      expect.soft(foreignRequests(requests, new URL(baseURL!).origin)).toEqual([]);
    });

    await test.step('à 390 px, rien ne défile de côté', async () => {
      await page.setViewportSize(PHONE);
      expect.soft(await sideways(page), 'défilement horizontal (px)').toBe(0);
    });
  });
}
