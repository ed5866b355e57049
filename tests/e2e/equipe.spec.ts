import { expect, test, type Page } from '@playwright/test';
import { emptyStorage, foreignRequests, recordRequests, storageSnapshot } from './site';
import { answerByKeyboard, loadInstrument, openAssessment, resultCode, resultsTable, showResultsByKeyboard } from './diagnostic-support';

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

const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

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

  // The team means equal the means of the individual scores shown on each results page.
  const rows = page.locator('.team table tbody tr');
  await expect(rows).toHaveCount(people[0]!.scores.filter(([name]) => !/global|Indice/i.test(name!)).length);
  for (let d = 0; d < (await rows.count()); d++) {
    const name = (await rows.nth(d).locator('th').textContent())!.trim();
    const individual = people.map((p) => Number(p.scores.find(([n]) => n === name)![1]));
    const shown = (await rows.nth(d).locator('td').nth(1).textContent())!.trim().replace(',', '.');
    expect(Number(shown), name).toBe(mean(individual));
  }
  // No individual score anywhere: the page never lists a code's scores.
  for (const p of people) await expect(page.getByText(p.code, { exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: 'Copier le lien de la synthèse' }).click();
  expect(await storageSnapshot(page)).toEqual(emptyStorage);
  expect(requests.slice(afterLoad)).toEqual([]);
  expect(foreignRequests(requests, new URL(baseURL!).origin)).toEqual([]);
});

test('le seuil abaissé à 3 affiche les chiffres avec un avertissement', async ({ page }) => {
  test.setTimeout(120_000);
  const codes = [];
  for (let p = 0; p < 3; p++) codes.push((await complete(page, (st, i) => ((st + i + p) % 5) + 1)).code);
  await page.goto('diagnostic/equipe/');
  await expect(page.locator('.team[data-ready="true"]')).toBeVisible();
  await page.locator('#team-codes').fill(codes.join('\n'));
  await expect(page.locator('.team table')).toHaveCount(0);
  await page.getByLabel('3 codes').check();
  await expect(page.getByText(/peut plus facilement être reconnu/)).toBeVisible();
  await expect(page.locator('.team table')).toHaveCount(1);
});

test('un lien de synthèse altéré affiche un message, pas une page vide', async ({ page }) => {
  await page.goto('diagnostic/equipe/#s=eyJ2Ijo');
  await expect(page.getByRole('alert')).toContainText('incomplet ou altéré');
  await page.getByRole('button', { name: 'Faire ma propre synthèse' }).click();
  await expect(page.locator('#team-codes')).toBeVisible();
});
