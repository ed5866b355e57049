/**
 * The guide's diagrams (issue 17): each on its pages in both languages, inside a figure with a
 * caption and a text equivalent, every link leading to an anchor that exists, readable in print;
 * the climate grid in the ethical-climate results. The share image of every page of the sitemap is
 * checked on the files: tests/dist/share-images.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { openAssessment } from './assessment-support';
import { plain, readinessRules } from '../support/site-data';
import { frenchTypography } from '../../src/lib/typography';
import { CYCLE, EMC4_PARTS, FLOW_STEPS, PRINCIPLES } from '../../src/lib/diagrams';
import { CLIMATES } from '../../src/schemas/charter';

/** Diagram name, the pages that show it (French, English), and how many parts its text equivalent lists at least (the parts it draws). */
const diagrams = [
  { name: 'emc4', pages: ['guide/e-mc4/', 'en/guide/e-mc4/', '', 'en/'], items: EMC4_PARTS.length },
  { name: 'climates', pages: ['ethique/', 'en/ethics/'], items: CLIMATES.length },
  { name: 'principles', pages: ['guide/principes/', 'en/guide/principles/'], items: PRINCIPLES.length },
  { name: 'cycle', pages: ['guide/manager-leader/', 'en/guide/manager-leader/'], items: CYCLE.length },
  { name: 'flow', pages: ['ethique/enablement-ou-engagement/', 'en/ethics/enablement-or-engagement/'], items: FLOW_STEPS.length },
];

/** Returns the ids each link of `figure` points to, with the page that must hold them. */
async function linkTargets(page: Page, figure: string): Promise<{ href: string; path: string; id: string }[]> {
  const hrefs = await page.locator(`${figure} a`).evaluateAll((links) => links.map((a) => (a instanceof SVGAElement ? a.href.baseVal : (a as HTMLAnchorElement).getAttribute('href')!)));
  return hrefs.map((href) => {
    const target = new URL(href, page.url());
    return { href, path: target.pathname, id: decodeURIComponent(target.hash.slice(1)) };
  });
}

for (const { name, pages, items } of diagrams) {
  for (const path of pages) {
    test(`schéma ${name} sur /${path} : légende, équivalent textuel, liens vers des ancres qui existent`, async ({ page, request }) => {
      await page.goto(path);
      const figure = page.locator(`figure[data-diagram="${name}"]`);
      await expect(figure).toHaveCount(1);
      await expect(figure.locator('figcaption')).toHaveText(/\S{3,}/);
      await expect(figure.locator('svg')).toHaveAttribute('aria-hidden', 'true');
      // The drawing says nothing the text does not: at least one item per part, outside the SVG.
      expect(await figure.locator('.dg-text li').count()).toBeGreaterThanOrEqual(items);
      // No text in the SVG is styled inline (the CSP forbids it): colours come from classes.
      await expect(figure.locator('[style]')).toHaveCount(0);

      for (const { href, path: target, id } of await linkTargets(page, `figure[data-diagram="${name}"]`)) {
        if (!id) continue;
        if (target === new URL(page.url()).pathname) {
          await expect(page.locator(`[id="${id}"]`), `${href} : ancre absente`).toHaveCount(1);
        } else {
          const html = await (await request.get(target)).text();
          expect(html, `${href} : ancre absente de ${target}`).toContain(`id="${id}"`);
        }
      }
      // Pointer users can follow the parts of the drawing; keyboard users the same links in the text.
      await expect(figure.locator('svg a:not([tabindex="-1"])')).toHaveCount(0);
      if (name !== 'flow') expect(await figure.locator('svg a').count()).toBe(items);
    });
  }
}

test('les schémas restent lisibles à l’impression', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  for (const path of diagrams.flatMap((d) => d.pages)) {
    await page.goto(path);
    for (const figure of await page.locator('figure.dg').all()) {
      await expect(figure.locator('svg')).toBeVisible();
      expect((await figure.locator('svg').boundingBox())!.height).toBeGreaterThan(100);
      await expect(figure.locator('.dg-text')).toBeVisible();
    }
  }
});

// Axe, light and dark, runs on every page with a diagram as on every page of the sitemap: tests/e2e/gates.spec.ts.

test('le schéma « enablement ou engagement » suit les règles de la vue d’équipe', async ({ page }) => {
  await page.goto('ethique/enablement-ou-engagement/');
  const titles = readinessRules().rules.map((rule) => plain(frenchTypography(rule.title)));
  const listed = await page.locator('figure[data-diagram="flow"] .dg-text ol ul li').allTextContents();
  expect(listed.map(plain)).toEqual(titles);
});

test('les résultats du climat éthique montrent un seul graphique : la grille de Victor et Cullen reste sur la page éthique (issue 27)', async ({ page }) => {
  await openAssessment(page, 'climat-ethique', '#r=C152GM3TGF');
  await expect(page.locator('.results .bars')).toBeVisible();
  await expect(page.locator('.results figure')).toHaveCount(1);
  await expect(page.locator('figure.climate-grid')).toHaveCount(0);
});
