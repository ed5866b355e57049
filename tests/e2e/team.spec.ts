import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, emptyStorage, foreignRequests, recordRequests, storageSnapshot } from './site';
import { answerByKeyboard, loadInstrument, openAssessment, resultCode, resultsTable, showResultsByKeyboard, tabTo } from './assessment-support';
import { uiPattern, uiText } from '../support/site-data';
import { DEFAULT_THRESHOLD, MIN_THRESHOLD } from '../../src/lib/team-stats';

const engagement = loadInstrument('engagement');
/** The interface strings as the French page shows them (typography applied, spaces folded). */
const t = uiText('fr');
const tableHeadings = [t('team.table.dimension'), t('team.table.n'), t('team.table.mean'), t('team.table.bands')];

/**
 * Completes the engagement questionnaire in the browser by keyboard, answering item i of step s
 * with `answerOf(s, i)` (1–5), and returns the result code and the scores of the results table.
 */
async function complete(page: Page, answerOf: (step: number, item: number) => number) {
  await openAssessment(page, 'engagement');
  await answerByKeyboard(page, engagement, (s, i) => String(answerOf(s, i)));
  await showResultsByKeyboard(page);
  const table = await resultsTable(page);
  return { code: await resultCode(page), scores: Object.entries(table) };
}

const roundedMean = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);

/** Returns a summary link fragment carrying `value`, as a crafted link would. */
const forge = (value: unknown) => `#s=${Buffer.from(JSON.stringify(value)).toString('base64url')}`;

test('la vue d’équipe agrège des codes obtenus dans le navigateur, sans rien stocker ni envoyer', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const requests = recordRequests(page);
  const people = [];
  for (let p = 0; p < 5; p++) people.push(await complete(page, (st, i) => ((st * 3 + i * (p + 2) + p) % 5) + 1));

  await page.goto('diagnostic/equipe/');
  await expect(page.locator('.team[data-ready="true"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const afterLoad = requests.length;
  const codes = people.map((p) => p.code);
  // Four codes: below the threshold, no figure.
  await page.locator('#team-codes').fill(codes.slice(0, 4).join('\n'));
  await expect(page.locator('.team table')).toHaveCount(0);
  await expect(page.getByText(t('team.group.hidden', { threshold: DEFAULT_THRESHOLD, missing: DEFAULT_THRESHOLD - 4 }))).toBeVisible();

  // Five codes, a garbled line, a duplicate written differently, and a link form.
  const broken = codes[0]!.slice(0, -1) + (codes[0]!.endsWith('0') ? '1' : '0');
  const input = [...codes.slice(0, 4), `https://exemple.fr/diagnostic/engagement/#r=${codes[4]}`, broken, codes[1]!.toLowerCase().replace(/(.{4})/, '$1-')].join('\n');
  await page.locator('#team-codes').fill(input);
  await expect(page.getByRole('status').first()).toContainText(t('team.status.summary', { valid: 5, invalid: 1, duplicates: 1 }));
  await expect(page.locator('.problems li').first()).toContainText(t('team.invalid.line', { line: 6, raw: broken, message: t('diagnostic.code.error.checksum') }));
  await expect(page.getByText(t('team.duplicates.line', { line: 7, first: 2 }))).toBeVisible();

  // The team means equal the rounded means of the individual scores shown on each results page;
  // no minimum, maximum, median or spread is shown.
  const rows = page.locator('.team table tbody tr');
  await expect(rows).toHaveCount(engagement.dimensions.length);
  await expect(page.locator('.team table thead th')).toHaveText(tableHeadings);
  const notShown = new RegExp(`${uiPattern('fr', 'team.hidden.few').source}|${uiPattern('fr', 'team.hidden.alike').source}`);
  for (let d = 0; d < (await rows.count()); d++) {
    const name = (await rows.nth(d).locator('th').textContent())!.trim();
    const individual = people.map((p) => Number(p.scores.find(([n]) => n === name)![1]));
    const cells = rows.nth(d).locator('td');
    if ((await cells.count()) === 1) {
      await expect(cells.first(), name).toContainText(notShown);
      continue;
    }
    expect(Number((await cells.nth(1).textContent())!.trim()), name).toBe(roundedMean(individual));
    // No band is given a count of 1 or 2.
    expect((await cells.nth(2).textContent())!, name).not.toMatch(/ : [12](?!\d)/);
  }
  // No individual score anywhere: the page never lists a code's scores.
  for (const p of people) await expect(page.getByText(p.code, { exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: t('team.actions.link') }).click();
  expect(await storageSnapshot(page)).toEqual(emptyStorage);
  expect(requests.slice(afterLoad)).toEqual([]);
  expect(foreignRequests(requests, new URL(baseURL!).origin)).toEqual([]);
});

test('le seuil ne descend pas sous 4 ; il peut monter à 7 ou 10', async ({ page }) => {
  test.setTimeout(120_000);
  const codes = [];
  for (let p = 0; p < 4; p++) codes.push((await complete(page, (st, i) => ((st * 3 + i * (p + 2) + p) % 5) + 1)).code);
  await page.goto('diagnostic/equipe/');
  await expect(page.locator('.team[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel(t('team.threshold.option', { n: MIN_THRESHOLD - 1 }))).toHaveCount(0);
  await page.locator('#team-codes').fill(codes.join('\n'));
  await expect(page.locator('.team table')).toHaveCount(0);
  await page.getByLabel(t('team.threshold.option', { n: 4 })).check();
  await expect(page.getByText(t('team.threshold.warning'))).toBeVisible();
  await expect(page.locator('.team table')).toHaveCount(1);
  await page.getByLabel(t('team.threshold.option', { n: 7 })).check();
  await expect(page.locator('.team table')).toHaveCount(0);
  await expect(page.getByText(t('team.group.hidden', { threshold: 7, missing: 3 }))).toBeVisible();
});

test('un lien de synthèse fabriqué qui enfreint les règles est refusé avec un message', async ({ page }) => {
  // One person alone in a band, shown as 1: refused.
  const raw = JSON.parse(readFileSync('content/diagnostics/engagement.json', 'utf8')) as { version: number; dimensions: { id: string; bands: unknown[] }[] };
  const [first, ...others] = raw.dimensions.map((d) => d.id);
  const cells = raw.dimensions[0]!.bands.map((_, b, all) => [b, b, b === all.length - 1 ? 5 - (all.length - 1) : 1]);
  const lone = { v: 2, t: 5, g: [['engagement', raw.version, 5, [[first, 0, 5, 60, cells], ...others.map((id) => [id, 1])]]] };
  await page.goto(`diagnostic/equipe/${forge(lone)}`);
  await expect(page.getByRole('alert')).toContainText(t('team.shared.error.unsafe'));
  // A link of the earlier format (minimum and maximum): refused.
  await page.goto(`diagnostic/equipe/${forge({ v: 1, t: 3, g: [] })}`);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(t('team.shared.error.outdated'));
});

test('un lien de synthèse altéré affiche un message, pas une page vide', async ({ page }) => {
  await page.goto('diagnostic/equipe/#s=eyJ2Ijo');
  await expect(page.getByRole('alert')).toContainText(t('team.shared.error.format'));
  await page.getByRole('button', { name: t('team.shared.close') }).click();
  await expect(page.locator('#team-codes')).toBeVisible();
});

test('une séance sur un appareil partagé : chacun répond à son tour, aucun code ni score individuel affiché', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const requests = recordRequests(page);
  await page.goto('diagnostic/equipe/');
  await expect(page.locator('.team[data-ready="true"]')).toBeVisible();
  await expect(page.getByText(uiPattern('fr', 'team.session.intro'))).toBeVisible();
  await page.getByLabel(t('team.threshold.option', { n: 4 })).check();
  await page.getByRole('radio', { name: engagement.shortTitle }).check();
  // Every questionnaire loads with the page: from here on, nothing is requested.
  await expect(page.getByRole('button', { name: t('team.session.open') })).toBeEnabled();
  await page.waitForLoadState('networkidle');
  const loaded = requests.length;
  await page.getByRole('button', { name: t('team.session.open') }).click();
  await expect(page.getByRole('heading', { name: t('team.session.run.next') })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  for (let p = 0; p < 4; p++) {
    await expect(page.getByRole('button', { name: t('team.session.run.show') })).toBeDisabled();
    await expect(page.locator('.session .count')).toContainText(t('team.session.run.count', { count: p, threshold: 4 }));
    await page.getByRole('button', { name: t('team.session.run.start') }).click();
    await answerByKeyboard(page, engagement, (st, i) => String(((st * 2 + i + p) % 5) + 1));
    await tabTo(page, '.assessment .nav .button:not(.secondary)');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: t('team.session.run.next') })).toBeFocused();
    await expect(page.getByRole('status').first()).toContainText(t('team.session.run.added'));
    // Neither the person's results nor their code appear.
    await expect(page.locator('table.scores, .code')).toHaveCount(0);
  }
  await expect(page.locator('.session .count')).toContainText(t('team.session.run.countReady', { count: 4 }));
  await page.getByRole('button', { name: t('team.session.run.show') }).click();
  await expect(page.locator('.session table tbody tr')).toHaveCount(engagement.dimensions.length);
  expect(await axeViolations(page)).toEqual([]);
  await expect(page.locator('.session table thead th')).toHaveText(tableHeadings);
  await page.getByRole('button', { name: t('team.session.run.back') }).click();
  await page.getByRole('button', { name: t('team.session.run.end') }).click();
  await expect(page.locator('#team-codes')).toHaveValue('');
  expect(await storageSnapshot(page)).toEqual(emptyStorage);
  expect(requests.slice(loaded)).toEqual([]);
  expect(foreignRequests(requests, new URL(baseURL!).origin)).toEqual([]);
});
