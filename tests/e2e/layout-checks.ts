/**
 * The layout checks of issue 27 that apply to every page, run during the one visit each page gets
 * in tests/e2e/gates.spec.ts (and by the layout tests of a few chosen pages, tests/e2e/layout.spec.ts):
 * on a laptop, a content page shows its section's pages beside a centred text and keeps « Sur cette
 * page » in view as it scrolls; on a phone, no page scrolls sideways.
 */
import { expect, type Page } from '@playwright/test';
import { pageEntries } from '../support/content-pages';
import { uiText } from '../support/site-data';
import { placeEntry } from '../../src/lib/routes';

export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1366, height: 768 };

/** Every content page (guide, toolkit, ethics, about) in both languages, from the MDX files. */
export const contentPages: readonly string[] = pageEntries().map((entry) => placeEntry(entry).route.slice(1));

/** How far the page scrolls sideways, in CSS pixels (0 when it does not). */
export const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const dictionaries = { fr: uiText('fr'), en: uiText('en') };

/**
 * At 1366 px, on the content page `path` (loaded, scrolled to the top): the section's pages to the left of
 * the text, the page being read marked; a readable column near the middle of the screen; halfway down
 * the text, « Sur cette page » (when the page has one) and the section's pages still in view.
 */
export async function checkLaptopLayout(page: Page, path: string): Promise<void> {
  const t = path.startsWith('en/') ? dictionaries.en : dictionaries.fr;
  const nav = page.locator('nav.section-nav');
  await expect(nav, `/${path}`).toBeInViewport();
  await expect(nav.locator('a[aria-current="page"]'), `/${path}`).toHaveAttribute('href', `/${path}`);
  const text = (await page.locator('article.content h1').boundingBox())!;
  const side = (await nav.boundingBox())!;
  expect(side.x + side.width, `/${path}`).toBeLessThan(text.x);
  const prose = (await page.locator('article.content .prose').boundingBox())!;
  expect(prose.width, `/${path}`).toBeLessThanOrEqual(42 * 17);
  expect(Math.abs(prose.x + prose.width / 2 - LAPTOP.width / 2), `/${path}`).toBeLessThan(80);
  const toc = page.getByRole('navigation', { name: t('toc.title') });
  const hasToc = (await toc.count()) > 0;
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  if (hasToc) await expect(toc, `/${path}`).toBeInViewport();
  await expect(nav, `/${path}`).toBeInViewport();
  await page.evaluate(() => window.scrollTo(0, 0));
}
