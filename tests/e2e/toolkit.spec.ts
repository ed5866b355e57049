/**
 * The manager's toolkit and the « Cette semaine » box (issue 15), checked on the built site:
 * - each tool has its sheet to fill in (that the toolkit has its pages in both languages is
 *   checked on the files: tests/dist/toolkit.test.ts);
 * - printing a tool keeps its title and its sheet, hides navigation and reading aids, and takes
 *   one or two A4 pages;
 * - every guide page, in both languages, opens with the « Cette semaine » box its front matter
 *   describes, and lists the tools its front matter names.
 */
import { expect, test } from '@playwright/test';
import { guidePages, tools } from '../support/guide-pages';
import { plain } from '../support/site-data';
import { LOCALES } from '../../src/lib/locale';
import { typesetter } from '../../src/lib/typography';

for (const tool of tools) {
  test(`fiche à remplir : /${tool.path}`, async ({ page }) => {
    const response = await page.goto(tool.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', LOCALES[tool.lang].tag);
    await expect(page.locator('h1')).toHaveText(plain(typesetter(tool.lang)(tool.data.title)));
    await expect(page.locator('.sheet').first()).toBeVisible();
    // Something to write on: lines, boxes or empty table cells.
    expect(await page.locator('.sheet :is(.lines span, .blank, .box, td:empty)').count()).toBeGreaterThan(5);
    await expect(page.locator('script')).toHaveCount(0);
  });

  test(`impression : /${tool.path} sort la fiche sans la navigation`, async ({ page }) => {
    await page.goto(tool.path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('h1')).toBeVisible();
    for (const sheet of await page.locator('.sheet').all()) await expect(sheet).toBeVisible();
    for (const hidden of ['.site-header', '.breadcrumb', '.toc', '.page-nav', '.site-footer', '.cette-semaine']) {
      for (const element of await page.locator(hidden).all()) await expect(element, hidden).toBeHidden();
    }
    // The prose around the sheet (how to use it, what not to do) stays on screen only.
    for (const element of await page.locator('.prose > :not(.sheet)').all()) await expect(element).toBeHidden();
    // On A4, a sheet takes one or two sheets of paper (the PDF counts its page objects).
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const sheets = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(sheets.length).toBeGreaterThanOrEqual(1);
    expect(sheets.length).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.toc')).toBeVisible();
  });
}

for (const guide of guidePages) {
  test(`« Cette semaine » : /${guide.path}`, async ({ page }) => {
    await page.goto(guide.path);
    const box = page.locator('article > aside.cette-semaine');
    await expect(box).toBeVisible();
    // The box opens the page: nothing but the title (and a placeholder notice) comes before it.
    expect(await page.locator('article > *').evaluateAll((nodes) => nodes.findIndex((n) => n.classList.contains('cette-semaine')))).toBeLessThanOrEqual(2);
    const typeset = typesetter(guide.lang);
    expect((await box.locator('li').allTextContents()).map(plain)).toEqual((guide.data.thisWeek ?? []).map((task) => plain(typeset(task))));

    const links = page.locator('aside.tools a');
    await expect(links).toHaveCount(guide.data.tools?.length ?? 0);
    for (const [i, tool] of (guide.data.tools ?? []).entries()) {
      const target = guidePages.find((p) => p.lang === 'fr' && `/${p.path}` === tool);
      const twin = guidePages.find((p) => p.lang === guide.lang && p.file === target?.file);
      expect(twin, tool).toBeDefined();
      expect(await links.nth(i).getAttribute('href')).toMatch(new RegExp(`/${twin!.path}$`));
    }
  });
}
