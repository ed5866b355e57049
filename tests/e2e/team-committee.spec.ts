/**
 * The companies' charter from both sides (issue 25), end to end on the built team page: a
 * management committee's declared code plus the threshold of salespeople's codes shows the
 * declared-versus-perceived table, names the article that falls short by the noise margin, lists
 * that article's indicators, prints alone on one page, with no request after load and no storage.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, emptyStorage, foreignRequests, recordRequests, storageSnapshot } from './site';
import { charter, uiText } from '../support/site-data';
import { DEFAULT_THRESHOLD } from '../../src/lib/team-stats';
import { encodeResult } from '../../src/lib/result-code';
import { reliableChange } from '../../src/lib/signals';

const t = uiText('fr');
const companies = charter('fr', 'company');
const seller = { id: 'charte-entreprises', code: 'K', version: 1, dimensions: 9 };
const committee = { ...seller, code: 'D', committee: true };
// Five salespeople, scores on the 4-item grid: every article's rounded mean is 50.
const people = [25, 44, 50, 63, 69].map((s, p) => Array.from({ length: 9 }, (_, i) => (i % 2 === 0 ? s : [69, 63, 50, 44, 25][p]!)));
const margin = reliableChange(4);
// Article 1 declared far above what the team sees; article 2 as the team sees it; the rest a little above.
const declared = [94, 50, 56, 56, 56, 56, 56, 56, 56];
const rowOf = (page: import('@playwright/test').Page, n: number) => page.locator('.gap-report tbody tr').nth(n);

test('un code du comité et le seuil de codes de commerciaux donnent le tableau déclaré / perçu, la règle d’écart et un rapport d’une page', async ({ page, baseURL }) => {
  expect(94 - 50).toBeGreaterThanOrEqual(margin);
  expect(56 - 50).toBeLessThan(margin);
  await page.addInitScript(() => {
    // The report's print button calls print(): counted here instead of opening a dialog.
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  const requests = recordRequests(page);
  await page.goto('diagnostic/equipe/');
  await expect(page.locator('.team[data-ready="true"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const afterLoad = requests.length;

  const sellers = people.map((scores) => encodeResult(seller, scores));
  const declaration = encodeResult(committee, declared);
  expect(declaration[0]).toBe('D');

  // The declaration and four salespeople: below the threshold, the comparison waits.
  await page.locator('#team-codes').fill([declaration, ...sellers.slice(0, 4)].join('\n'));
  await expect(page.locator('.gap-report')).toContainText(t('team.gap.few', { threshold: DEFAULT_THRESHOLD, count: 4 }));
  await expect(page.locator('.gap-report table')).toHaveCount(0);

  // Five salespeople: the table, one row per article.
  await page.locator('#team-codes').fill([declaration, ...sellers].join('\n'));
  const report = page.locator('.gap-report');
  await expect(report.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(report.locator('tbody tr')).toHaveCount(companies.articles.length);
  // The committee's code is not pooled: the team group counts five codes.
  await expect(page.locator('.instrument table tbody tr').first().locator('td').first()).toHaveText('5');
  await expect(rowOf(page, 0).locator('th')).toContainText('Des objectifs qui ne forcent pas la vente');
  await expect(rowOf(page, 0).locator('td').nth(0)).toHaveText('94');
  await expect(rowOf(page, 0).locator('td').nth(1)).toContainText(t('team.gap.mean', { mean: 50, n: 5 }));
  await expect(rowOf(page, 0).locator('td').last()).toHaveText(t('team.gap.short', { gap: 44, margin }));
  await expect(rowOf(page, 1).locator('td').last()).toHaveText(t('team.gap.within', { gap: 0, margin }));
  await expect(rowOf(page, 2).locator('td').last()).toHaveText(t('team.gap.within', { gap: 6, margin }));
  // Only article 1 is named, with its indicators from the companies' charter as the next step.
  const named = report.locator('ul.advice > li');
  await expect(named).toHaveCount(1);
  await expect(named).toContainText('Des objectifs qui ne forcent pas la vente');
  await expect(named.locator('ul > li')).toHaveCount(companies.articles[0]!.indicators!.length);
  await expect(named.locator('ul > li').first()).toContainText('atteint ou dépasse son objectif');

  expect(await axeViolations(page)).toEqual([]);

  // Printed: the report alone, on one page.
  await report.getByRole('button', { name: t('team.gap.print') }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(report.locator('table')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.locator('.instrument')).toBeHidden();
  await expect(page.locator('#team-codes')).toBeHidden();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);

  expect(requests.length).toBe(afterLoad);
  expect(foreignRequests(requests, new URL(baseURL!).origin)).toEqual([]);
  expect(await storageSnapshot(page)).toEqual(emptyStorage);
});

test('le questionnaire propose de répondre au nom du comité de direction, et son code le dit', async ({ page }) => {
  await page.goto('diagnostic/charte-entreprises/');
  await expect(page.locator('.assessment[data-ready]')).toBeVisible();
  await page.getByRole('link', { name: t('diagnostic.committee.link') }).click();
  await expect(page.getByText(t('diagnostic.committee.title'))).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // A committee's code opened from its link: the results say it is a declaration.
  await page.goto(`diagnostic/charte-entreprises/#r=${encodeResult(committee, declared)}`);
  await expect(page.getByText(t('diagnostic.committee.results'))).toBeVisible();
  // A salesperson's code of the same scores: short results that send the code to the team view.
  await page.goto(`diagnostic/charte-entreprises/#r=${encodeResult(seller, declared)}`);
  await expect(page.locator('.results')).toBeVisible();
  await expect(page.getByText(t('diagnostic.committee.results'))).toHaveCount(0);
  await expect(page.getByRole('link', { name: t('diagnostic.committee.teamLink') })).toHaveAttribute('href', /\/diagnostic\/equipe\/$/);
  await page.goto(`diagnostic/engagement/`);
  await expect(page.getByRole('link', { name: t('diagnostic.committee.link') })).toHaveCount(0);
});
