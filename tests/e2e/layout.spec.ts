/**
 * Reading on every screen (issue 27): on a phone the header stays compact and its menu works without
 * JavaScript; on a laptop the header needs no menu and the charter keeps its lists in view; tables
 * scroll in their own box. The checks every page must pass (no sideways scroll at 390 px, the section's
 * pages and « Sur cette page » in view at 1366 px) run during each page's one visit: tests/e2e/gates.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from '../support/page-assets';
import { uiText } from '../support/site-data';
import { axeViolations, distDir, sitemapPaths } from './site';
import { LAPTOP, PHONE, sideways } from './layout-checks';

const fr = uiText('fr');
const en = uiText('en');
// Reduced motion: scrolling jumps instead of gliding (the site scrolls smoothly otherwise).
const reducedMotion = 'reduce' as const;

test('à 390 px, les pages construites hors du plan du site ne défilent pas de côté non plus', async ({ browser }) => {
  // The pages of the sitemap are measured during their one visit (tests/e2e/gates.spec.ts); here, the others (404…).
  const listed = new Set(sitemapPaths());
  const pages = builtPages(distDir).filter((path) => !listed.has(path));
  expect(pages.length).toBeGreaterThan(0);
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const offenders: string[] = [];
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'load' });
    const overflow = await sideways(page);
    if (overflow > 0) offenders.push(`/${path} (${overflow} px)`);
  }
  await context.close();
  expect(offenders).toEqual([]);
});

test('à 390 px, un tableau trop large défile dans sa propre boîte, au clavier aussi', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto('guide/outils/delegation/');
  const box = page.locator('.prose .table-scroll').first();
  await expect(box).toHaveAttribute('tabindex', '0');
  await expect(box).toHaveAttribute('role', 'group');
  const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await context.close();
});

test('à 390×844, l’en-tête tient en 140 px et son menu ouvre recherche, rubriques et langue sans JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, t] of [['', fr], ['guide/e-mc4/', fr], ['diagnostic/equipe/', fr], ['charte/', fr], ['en/charter/companies/', en]] as const) {
    await page.goto(path);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height, `/${path}`).toBeLessThanOrEqual(140);
    const sections = page.getByRole('navigation', { name: t('nav.label') });
    await expect(sections).toBeHidden();
    await page.getByText(t('nav.menu'), { exact: true }).click();
    await expect(sections.getByRole('link', { name: t('nav.section.guide') })).toBeVisible();
    await expect(page.getByRole('navigation', { name: t('nav.language') }).getByRole('link')).toBeVisible();
    await expect(page.getByRole('searchbox', { name: t('search.label') })).toBeVisible();
  }
  await page.goto('guide/');
  await page.getByText(fr('nav.menu'), { exact: true }).click();
  await page.getByRole('searchbox', { name: fr('search.label') }).fill('engagement');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/recherche\/\?q=engagement$/);
  await context.close();
});

test('à 1366 px, l’en-tête montre rubriques et recherche sans menu', async ({ browser }) => {
  const context = await browser.newContext({ viewport: LAPTOP, reducedMotion });
  const page = await context.newPage();
  await page.goto('guide/');
  await expect(page.getByText(fr('nav.menu'), { exact: true })).toBeHidden();
  await expect(page.getByRole('navigation', { name: fr('nav.label') }).getByRole('link', { name: fr('nav.section.charte') })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: fr('search.label') })).toBeVisible();
  const header = await page.locator('.site-header').boundingBox();
  expect(header!.height).toBeLessThanOrEqual(80);
  await context.close();
});

test('à 1366 px, le sommaire de la charte reste en vue, et chaque article montre la liste des articles', async ({ browser }) => {
  const context = await browser.newContext({ viewport: LAPTOP, reducedMotion });
  const page = await context.newPage();
  for (const path of ['charte/article-3/', 'en/charter/article-12/', 'charte/entreprises/article-2/']) {
    await page.goto(path);
    const nav = page.locator('nav.section-nav');
    await expect(nav.locator('a[aria-current="page"]'), `/${path}`).toHaveAttribute('href', `/${path}`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(nav, `/${path}`).toBeInViewport();
  }
  for (const path of ['charte/', 'en/charter/companies/']) {
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(page.locator('nav.toc'), `/${path}`).toBeInViewport();
  }
  await context.close();
});

test('à 390 px, les pages de contenu gardent une colonne : sommaire avant le texte, pages de la rubrique après', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto('guide/e-mc4/');
  const toc = (await page.locator('nav.toc').boundingBox())!;
  const prose = (await page.locator('.prose').boundingBox())!;
  const nav = (await page.locator('nav.section-nav').boundingBox())!;
  expect(toc.y).toBeLessThan(prose.y);
  expect(nav.y).toBeGreaterThan(prose.y + prose.height);
  await context.close();
});

test('à 390 px, les étiquettes du schéma E=MC4 se lisent (12 px au moins)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  for (const path of ['guide/e-mc4/', 'en/guide/e-mc4/', '', 'en/']) {
    await page.goto(path);
    const sizes = await page.locator('figure[data-diagram="emc4"] svg text').evaluateAll((texts) =>
      texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * (text as SVGTextElement).getScreenCTM()!.a),
    );
    expect(sizes.length, `/${path}`).toBeGreaterThan(5);
    expect(Math.min(...sizes), `/${path}`).toBeGreaterThanOrEqual(12);
  }
  await context.close();
});

test('à 390 px, menu ouvert, puis à 1366 px : axe ne trouve rien (clair et sombre)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto('guide/outils/delegation/');
  await page.getByText(fr('nav.menu'), { exact: true }).click();
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize(LAPTOP);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
