import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, emptyStorage, foreignRequests, recordRequests, storageSnapshot } from './site';
import { answerByKeyboard, loadInstrument, openAssessment, resultCode, resultsTable, showResultsByKeyboard, tabTo } from './assessment-support';
import { uiPattern, uiText } from '../support/site-data';
import { DEFAULT_THRESHOLD, MIN_THRESHOLD } from '../../src/lib/team-stats';
import { encodeResult } from '../../src/lib/result-code';
import { bandCells } from '../../src/lib/team-privacy';
import { plural } from '../../src/lib/plural';

const engagement = loadInstrument('engagement');
/** The interface strings as the French page shows them (typography applied, spaces folded). */
const t = uiText('fr');
/** A counted string as the French page shows it (plural rules of `fr-FR`). */
const counted = (key: string, count: number, values: Record<string, string | number> = {}) => plural(t, 'fr-FR', key, count, values);
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
  // No questionnaire shown: no « Prêts pour le Sales Enablement ? » heading with nothing to say.
  await expect(page.locator('.readiness')).toHaveCount(0);

  // Five codes, a garbled line, a duplicate written differently, and a link form.
  const broken = codes[0]!.slice(0, -1) + (codes[0]!.endsWith('0') ? '1' : '0');
  const input = [...codes.slice(0, 4), `https://exemple.fr/diagnostic/engagement/#r=${codes[4]}`, broken, codes[1]!.toLowerCase().replace(/(.{4})/, '$1-')].join('\n');
  await page.locator('#team-codes').fill(input);
  await expect(page.getByRole('status').first()).toContainText(
    t('team.status.summary', { valid: counted('team.status.valid', 5), invalid: counted('team.status.invalid', 1), duplicates: counted('team.status.duplicates', 1) }),
  );
  await expect(page.getByRole('status').first()).toContainText('5 codes valides, 1 ligne refusée, 1 doublon.');
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

test('une séance sur un appareil partagé : chacun répond à son tour, une seule synthèse, confirmation avant d’effacer, avertissement avant de quitter', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const requests = recordRequests(page);
  /** True when leaving the page now would ask first (a beforeunload listener cancels the event). */
  const leaveAsks = () =>
    page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      dispatchEvent(event);
      return event.defaultPrevented;
    });
  /** One person takes the questionnaire by keyboard and validates it. */
  const answerOnce = async (p: number) => {
    await page.getByRole('button', { name: t('team.session.run.start') }).click();
    await answerByKeyboard(page, engagement, (st, i) => String(((st * 2 + i + p) % 5) + 1));
    // The participant's last button says what it does: no results are shown to them.
    await expect(page.locator('.assessment .nav .button:not(.secondary)')).toHaveText(t('team.session.run.submit'));
    await tabTo(page, '.assessment .nav .button:not(.secondary)');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: t('team.session.run.next') })).toBeFocused();
  };
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
  expect(await leaveAsks()).toBe(false);
  const show = page.getByRole('button', { name: t('team.session.run.show') });
  for (let p = 0; p < 4; p++) {
    // Below the threshold, « Afficher la synthèse » says and looks disabled, and does nothing.
    await expect(show).toHaveAttribute('aria-disabled', 'true');
    expect(await show.evaluate((b) => getComputedStyle(b).cursor)).toBe('not-allowed');
    await expect(page.locator('.session .count')).toContainText(counted('team.session.run.count', p, { threshold: 4 }));
    await answerOnce(p);
    await expect(page.getByRole('status').first()).toContainText(t('team.session.run.added'));
    // Neither the person's results nor their code appear; leaving now would ask first.
    await expect(page.locator('table.scores, .code')).toHaveCount(0);
    expect(await leaveAsks()).toBe(true);
  }
  await expect(page.locator('.session .count')).toContainText(counted('team.session.run.countReady', 4));
  await expect(show).not.toHaveAttribute('aria-disabled', 'true');
  await show.click();
  await expect(page.locator('.session table tbody tr')).toHaveCount(engagement.dimensions.length);
  await expect(page.getByRole('heading', { name: t('team.session.run.summaryTitle', { name: engagement.shortTitle }) })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await expect(page.locator('.session table thead th')).toHaveText(tableHeadings);
  await expect(page.getByText(counted('team.session.run.people', 4))).toBeVisible();
  // One showing per session: showing it ended the session, so nothing leads back to it.
  await expect(page.getByRole('button', { name: t('team.session.run.show') })).toHaveCount(0);
  await expect(page.getByRole('button', { name: t('team.session.run.start') })).toHaveCount(0);
  expect(await leaveAsks()).toBe(false);
  // The same exports as the paste mode.
  for (const key of ['team.actions.csv', 'team.actions.print', 'team.actions.link'] as const) await expect(page.getByRole('button', { name: t(key) })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('team.actions.csv') }).click();
  expect((await download).suggestedFilename()).toBe('synthese-equipe.csv');
  // A new session starts from zero.
  await page.getByRole('button', { name: t('team.session.run.new') }).click();
  await expect(page.locator('.session .count')).toContainText(counted('team.session.run.count', 0, { threshold: 4 }));
  await expect(show).toHaveAttribute('aria-disabled', 'true');
  await answerOnce(4);
  // Ending asks first, in a modal dialog; Escape keeps the session.
  await page.getByRole('button', { name: t('team.session.run.end') }).click();
  const dialog = page.getByRole('dialog', { name: t('team.session.run.confirm.title') });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: t('team.session.run.confirm.no') })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.session .count')).toContainText(counted('team.session.run.count', 1, { threshold: 4 }));
  await page.getByRole('button', { name: t('team.session.run.end') }).click();
  await dialog.getByRole('button', { name: t('team.session.run.confirm.yes') }).click();
  await expect(page.locator('#team-codes')).toHaveValue('');
  expect(await leaveAsks()).toBe(false);
  expect(await storageSnapshot(page)).toEqual(emptyStorage);
  expect(requests.slice(loaded)).toEqual([]);
  expect(foreignRequests(requests, new URL(baseURL!).origin)).toEqual([]);
});

const climate = loadInstrument('climat-ethique');
/** Codes of five people whose dimension scores are the columns of `scores` (one row per dimension). */
const codesOf = (spec: { id: string; code: string; version: number; dimensions: unknown[] }, scores: (number | null)[][]) =>
  scores[0]!.map((_, p) => encodeResult({ id: spec.id, code: spec.code, version: spec.version, dimensions: spec.dimensions.length }, scores.map((row) => row[p]!)));
/** Engagement: every dimension's mean is 58 (no weak point); culture's five scores all in « À consolider ». */
const flat = [29, 46, 58, 71, 88];
const engagementCodes = codesOf(engagement, [flat, flat, flat, flat, [50, 54, 58, 63, 67]]);
/** Climate: respect 69, rules 60 (a 9-point lead: no dominant climate); instrumental given, or missing for two people. */
const climateScores = (instrumental: (number | null)[]) => [[56, 63, 69, 75, 81], [44, 50, 63, 69, 75], [25, 31, 38, 44, 50], [19, 25, 31, 38, 44], instrumental];

async function pasteCodes(page: Page, codes: string[]) {
  await page.locator('#team-codes').fill(codes.join('\n'));
  await expect(page.locator('.team table').first()).toBeVisible();
}

test('aucune dimension ne se détache sans écart de 10 points, aucun climat ne domine sans 10 points d’avance', async ({ page }) => {
  await page.goto('diagnostic/equipe/');
  await expect(page.locator('.team[data-ready="true"]')).toBeVisible();
  await pasteCodes(page, [...engagementCodes, ...codesOf(climate, climateScores([19, 25, 31, 38, 44]))]);
  await expect(page.locator('.team table')).toHaveCount(2);
  const group = page.locator('section.instrument').filter({ has: page.getByRole('heading', { name: engagement.shortTitle, exact: true }) });
  await expect(group.getByRole('heading', { name: t('team.weakest.title') })).toBeVisible();
  await expect(group.getByText(t('team.weakest.none', { gap: 10 }))).toBeVisible();
  await expect(group.locator('.advice')).toHaveCount(0);
  const climateGroup = page.locator('section.instrument').filter({ has: page.getByRole('heading', { name: climate.shortTitle, exact: true }) });
  await expect(climateGroup.locator('.dominant')).toContainText(t('team.dominant.none', { atLeast: 60, lead: 10 }));
  // The readiness box agrees: no climate dominates, so no « Prêts » verdict on a dominant climate.
  await expect(page.locator('.readiness .why').first()).toContainText(t('team.readiness.default'));
  expect(await axeViolations(page)).toEqual([]);
});

test('la synthèse « prêts ? » nomme les chiffres masqués et ne donne pas de verdict qui en dépend', async ({ page }) => {
  await page.goto('diagnostic/equipe/');
  await expect(page.locator('.team[data-ready="true"]')).toBeVisible();
  await pasteCodes(page, [...engagementCodes, ...codesOf(climate, climateScores([null, null, 31, 38, 44]))]);
  const instrumental = climate.dimensions.find((d) => d.id === 'instrumental')!.name;
  await expect(page.locator('.readiness .badge')).toHaveText(t('team.readiness.verdict.none'));
  await expect(page.locator('.readiness .hidden-inputs li')).toHaveText([t('team.readiness.hidden.few', { name: instrumental, instrument: climate.shortTitle })]);
  await expect(page.locator('.readiness h3')).toHaveCount(0);
  // With only the engagement codes, the climate questionnaire is named as missing.
  await pasteCodes(page, engagementCodes);
  await expect(page.locator('.readiness .hidden-inputs li')).toHaveText([t('team.readiness.hidden.absent', { instrument: climate.shortTitle })]);
});

test('aucune case de la répartition ne contient tous les répondants d’une dimension', async ({ page }) => {
  test.skip(bandCells([5, 0, 0]).length !== 0, 'attend la règle de team-privacy.ts : aucune case ne regroupe tous les répondants');
  await page.goto('diagnostic/equipe/');
  await expect(page.locator('.team[data-ready="true"]')).toBeVisible();
  await pasteCodes(page, engagementCodes);
  const rows = page.locator('.team table tbody tr');
  await expect(rows).toHaveCount(engagement.dimensions.length);
  for (let d = 0; d < (await rows.count()); d++) {
    const cells = rows.nth(d).locator('td');
    if ((await cells.count()) === 1) continue;
    const n = Number((await cells.nth(0).textContent())!.trim());
    const bands = (await cells.nth(2).textContent())!;
    const counts = [...bands.matchAll(/:\s*(\d+)/g)].map((m) => Number(m[1]));
    expect(counts, bands).not.toContain(n);
  }
  // Culture: all five in « À consolider »; the page says so in words instead of a cell.
  await expect(rows.last().locator('td').nth(2)).toHaveText(t('team.cells.none'));
});
