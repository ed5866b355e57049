import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, emptyStorage, foreignRequests, recordRequests, storageSnapshot } from './site';
import { answerByKeyboard, loadInstrument, openAssessment, resultCode, resultsTable, showResultsByKeyboard, tabTo } from './diagnostic-support';

const engagement = loadInstrument('engagement');

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
  await expect(page.getByText(/il en manque 1/)).toBeVisible();

  // Five codes, a garbled line, a duplicate written differently, and a link form.
  const broken = codes[0]!.slice(0, -1) + (codes[0]!.endsWith('0') ? '1' : '0');
  const input = [...codes.slice(0, 4), `https://exemple.fr/diagnostic/engagement/#r=${codes[4]}`, broken, codes[1]!.toLowerCase().replace(/(.{4})/, '$1-')].join('\n');
  await page.locator('#team-codes').fill(input);
  await expect(page.getByRole('status').first()).toContainText('5 code(s) valide(s), 1 ligne(s) refusée(s), 1 doublon(s)');
  await expect(page.locator('.problems li').first()).toContainText('Ligne 6');
  await expect(page.locator('.problems li').first()).toContainText('caractère de contrôle');
  await expect(page.getByText('même code que la ligne 2')).toBeVisible();

  // The team means equal the rounded means of the individual scores shown on each results page;
  // no minimum, maximum, median or spread is shown.
  const rows = page.locator('.team table tbody tr');
  await expect(rows).toHaveCount(people[0]!.scores.filter(([name]) => !/global|Indice/i.test(name!)).length);
  await expect(page.locator('.team table thead th')).toHaveText(['Dimension', 'Répondants', 'Moyenne arrondie', 'Répartition par niveau (personnes)']);
  for (let d = 0; d < (await rows.count()); d++) {
    const name = (await rows.nth(d).locator('th').textContent())!.trim();
    const individual = people.map((p) => Number(p.scores.find(([n]) => n === name)![1]));
    const cells = rows.nth(d).locator('td');
    if ((await cells.count()) === 1) {
      await expect(cells.first(), name).toContainText('Non affiché');
      continue;
    }
    expect(Number((await cells.nth(1).textContent())!.trim()), name).toBe(roundedMean(individual));
    // No band is given a count of 1 or 2.
    expect((await cells.nth(2).textContent())!, name).not.toMatch(/ : [12](?!\d)/);
  }
  // No individual score anywhere: the page never lists a code's scores.
  for (const p of people) await expect(page.getByText(p.code, { exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: 'Copier le lien de la synthèse' }).click();
  expect(await storageSnapshot(page)).toEqual(emptyStorage);
  expect(requests.slice(afterLoad)).toEqual([]);
  expect(foreignRequests(requests, new URL(baseURL!).origin)).toEqual([]);
});

test('le seuil ne descend pas sous 4 ; il peut monter à 7 ou 10', async ({ page }) => {
  test.setTimeout(120_000);
  const codes = [];
  for (let p = 0; p < 4; p++) codes.push((await complete(page, (st, i) => ((st + i + p) % 5) + 1)).code);
  await page.goto('diagnostic/equipe/');
  await expect(page.locator('.team[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel('3 codes')).toHaveCount(0);
  await page.locator('#team-codes').fill(codes.join('\n'));
  await expect(page.locator('.team table')).toHaveCount(0);
  await page.getByLabel('4 codes').check();
  await expect(page.getByText(/Avec un seuil de quatre/)).toBeVisible();
  await expect(page.locator('.team table')).toHaveCount(1);
  await page.getByLabel('7 codes').check();
  await expect(page.locator('.team table')).toHaveCount(0);
  await expect(page.getByText(/il en manque 3/)).toBeVisible();
});

test('un lien de synthèse fabriqué qui enfreint les règles est refusé avec un message', async ({ page }) => {
  // One person alone in a band, shown as 1: refused.
  const raw = JSON.parse(readFileSync('content/diagnostics/engagement.json', 'utf8')) as { version: number; dimensions: { id: string; bands: unknown[] }[] };
  const [first, ...others] = raw.dimensions.map((d) => d.id);
  const cells = raw.dimensions[0]!.bands.map((_, b, all) => [b, b, b === all.length - 1 ? 5 - (all.length - 1) : 1]);
  const lone = { v: 2, t: 5, g: [['engagement', raw.version, 5, [[first, 0, 5, 60, cells], ...others.map((id) => [id, 1])]]] };
  await page.goto(`diagnostic/equipe/${forge(lone)}`);
  await expect(page.getByRole('alert')).toContainText('ne montre jamais');
  // A link of the earlier format (minimum and maximum): refused.
  await page.goto(`diagnostic/equipe/${forge({ v: 1, t: 3, g: [] })}`);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('ancienne version');
});

test('un lien de synthèse altéré affiche un message, pas une page vide', async ({ page }) => {
  await page.goto('diagnostic/equipe/#s=eyJ2Ijo');
  await expect(page.getByRole('alert')).toContainText('incomplet ou altéré');
  await page.getByRole('button', { name: 'Faire ma propre synthèse' }).click();
  await expect(page.locator('#team-codes')).toBeVisible();
});

test('une séance sur un appareil partagé : chacun répond à son tour, aucun code ni score individuel affiché', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const requests = recordRequests(page);
  await page.goto('diagnostic/equipe/');
  await expect(page.locator('.team[data-ready="true"]')).toBeVisible();
  await expect(page.getByText(/fermer la page met fin à la séance/)).toBeVisible();
  await page.getByLabel('4 codes').check();
  await page.getByRole('radio', { name: /Engagement/ }).check();
  // Every questionnaire loads with the page: from here on, nothing is requested.
  await expect(page.getByRole('button', { name: 'Commencer la séance' })).toBeEnabled();
  await page.waitForLoadState('networkidle');
  const loaded = requests.length;
  await page.getByRole('button', { name: 'Commencer la séance' }).click();
  await expect(page.getByRole('heading', { name: 'Au suivant' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  for (let p = 0; p < 4; p++) {
    await expect(page.getByRole('button', { name: 'Afficher la synthèse' })).toBeDisabled();
    await expect(page.locator('.session .count')).toContainText(`${p} réponse(s) distincte(s)`);
    await page.getByRole('button', { name: 'Commencer le questionnaire' }).click();
    await answerByKeyboard(page, engagement, (st, i) => String(((st * 2 + i + p) % 5) + 1));
    await tabTo(page, '.assessment .nav .button:not(.secondary)');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Au suivant' })).toBeFocused();
    await expect(page.getByRole('status').first()).toContainText('Réponse ajoutée');
    // Neither the person's results nor their code appear.
    await expect(page.locator('table.scores, .code')).toHaveCount(0);
  }
  await expect(page.locator('.session .count')).toContainText('4 réponse(s) distincte(s)');
  await page.getByRole('button', { name: 'Afficher la synthèse' }).click();
  await expect(page.locator('.session table tbody tr')).toHaveCount(engagement.dimensions.length);
  expect(await axeViolations(page)).toEqual([]);
  await expect(page.locator('.session table thead th')).toHaveText(['Dimension', 'Répondants', 'Moyenne arrondie', 'Répartition par niveau (personnes)']);
  await page.getByRole('button', { name: 'Revenir à la séance' }).click();
  await page.getByRole('button', { name: 'Terminer la séance et tout effacer' }).click();
  await expect(page.locator('#team-codes')).toHaveValue('');
  expect(await storageSnapshot(page)).toEqual(emptyStorage);
  expect(requests.slice(loaded)).toEqual([]);
  expect(foreignRequests(requests, new URL(baseURL!).origin)).toEqual([]);
});
