/**
 * The English edition in the browser (issue 7): the language switcher works from the keyboard and
 * keeps the page, and result codes do not depend on the language. The checks of the built files
 * (twins, hreflang, sitemap, no French string on English pages) are in tests/dist/i18n.test.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from './site';
import { encodeResult } from '../../src/lib/result-code';
import { frenchIn } from '../support/french-phrases';
import { uiText } from '../support/site-data';
import { LOCALES } from '../../src/lib/locale';
import { completeByKeyboard, loadInstrument, openAssessment, resultCode, resultsTable } from './assessment-support';

test('le sélecteur de langue fait l’aller-retour au clavier et garde la page', async ({ page }) => {
  for (const [french, english] of [
    ['guide/relation-client/', 'en/guide/customer-relationship/'],
    ['charte/article-3/', 'en/charter/article-3/'],
    ['diagnostic/climat-ethique/', 'en/assessment/ethical-climate/'],
  ] as const) {
    await page.goto(french);
    const toEnglish = page.getByRole('navigation', { name: uiText('fr')('nav.language') }).getByRole('link', { name: LOCALES.en.name });
    await toEnglish.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${english}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', LOCALES.en.tag);
    await page.getByRole('navigation', { name: uiText('en')('nav.language') }).getByRole('link', { name: LOCALES.fr.name }).click();
    await expect(page).toHaveURL(new RegExp(`/${french}$`));
  }
});

test('un code obtenu en français ouvre les mêmes scores en anglais, et la vue d’équipe anglaise lit les codes', async ({ page }) => {
  test.setTimeout(120_000);
  const engagement = loadInstrument('engagement');
  await openAssessment(page, 'engagement');
  await completeByKeyboard(page, engagement, '4');
  const code = await resultCode(page);
  const french = Object.values(await resultsTable(page));

  await page.goto(`en/assessment/engagement/#r=${code}`);
  await expect(page.locator('.assessment[data-ready]')).toHaveCount(1);
  expect(Object.values(await resultsTable(page))).toEqual(french);
  await expect(page.locator('html')).toHaveAttribute('lang', LOCALES.en.tag);
  expect(frenchIn(await page.locator('main').innerText())).toEqual([]);
  expect(await axeViolations(page), 'résultats en anglais').toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // Five codes made in either language (they are the same codes) pass the English team page's threshold.
  const { code: letter, version } = JSON.parse(readFileSync('content/diagnostics/engagement.json', 'utf8')) as { code: string; version: number };
  const spec = { id: 'engagement', code: letter, version, dimensions: engagement.dimensions.length };
  const codes = [code, ...[20, 40, 60, 80].map((s) => encodeResult(spec, engagement.dimensions.map((_, i) => (s + i * 3) % 101)))];
  await page.goto('en/assessment/team/');
  await expect(page.locator('.team[data-ready="true"]')).toBeVisible();
  await page.locator('#team-codes').fill(codes.join('\n'));
  await expect(page.locator('.team table').first()).toBeVisible();
  await expect(page.locator('.team')).toContainText('5');
  expect(frenchIn(await page.locator('main').innerText())).toEqual([]);
  expect(await axeViolations(page), 'vue d’équipe en anglais').toEqual([]);
});
