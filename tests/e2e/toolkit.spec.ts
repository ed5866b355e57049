/**
 * The manager's toolkit and the « Cette semaine » box (issue 15), in the browser: printing a tool
 * keeps its title and its sheet, hides navigation and reading aids, and takes one or two A4 pages;
 * the box shows at the head of guide pages. What the markup alone tells (each sheet's blanks, each
 * box's tasks and tools) is checked on the files: tests/dist/toolkit.test.ts.
 */
import { expect, test } from '@playwright/test';
import { tools } from '../support/guide-pages';

for (const tool of tools) {
  test(`impression : /${tool.path} sort la fiche sans la navigation`, async ({ page }) => {
    await page.goto(tool.path);
    for (const sheet of await page.locator('.sheet').all()) await expect(sheet).toBeVisible();
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

test('« Cette semaine » se voit en tête des pages du guide, à l’écran', async ({ page }) => {
  for (const path of ['guide/engagement/', 'en/guide/engagement/']) {
    await page.goto(path);
    await expect(page.locator('article > aside.cette-semaine'), path).toBeVisible();
    await expect(page.locator('aside.tools a').first(), path).toBeVisible();
  }
});
