/**
 * Version 2 of the questionnaires, through the built pages: yes-saying lands every dimension
 * between 40 and 60 with no risk signal, straight-lining is pointed out on the review step, every
 * results view states its limits, strongest and weakest are named only 10 points apart, and
 * version-1 codes still open (and compare with a caution).
 */
import { expect, test } from '@playwright/test';
import { answerByKeyboard, instrumentIds, loadInstrument, openAssessment, resultsTable, showResultsByKeyboard } from './diagnostic-support';
import { encodeResult } from '../../src/lib/result-code';
import { readFileSync } from 'node:fs';

const dictionary = JSON.parse(readFileSync('content/i18n/fr/diagnostic.json', 'utf8')) as Record<string, string>;
const version = (id: string) => (JSON.parse(readFileSync(`content/diagnostics/${id}.json`, 'utf8')) as { version: number }).version;

for (const id of instrumentIds) {
  const instrument = loadInstrument(id);
  for (const [key, label] of [
    ['5', 'tout « Tout à fait d’accord »'],
    ['4', 'tout « Plutôt d’accord »'],
  ] as const) {
    test(`${id} : ${label} donne entre 40 et 60 partout, sans signal de risque ; l’étape de vérification le remarque`, async ({ page }) => {
      await openAssessment(page, id);
      await answerByKeyboard(page, instrument, () => key);
      await expect(page.locator('.review .same-answers')).toContainText('Même réponse à toute l’étape');
      await showResultsByKeyboard(page);
      const scores = Object.values(await resultsTable(page)).map(Number);
      expect(scores).toHaveLength(instrument.dimensions.length);
      for (const score of scores) {
        expect(score).toBeGreaterThanOrEqual(40);
        expect(score).toBeLessThanOrEqual(60);
      }
      await expect(page.locator('.risk')).toHaveCount(0);
      await expect(page.locator('.limits')).toBeVisible();
    });
  }
}

test.describe('résultats honnêtes et anciens codes', () => {
  const spec = (v: number) => ({ id: 'engagement', code: 'E', version: v, dimensions: 5 });

  test('aucune dimension nommée la plus haute ou la plus basse sous 10 points d’écart ; nommées à partir de 10', async ({ page }) => {
    await openAssessment(page, 'engagement', `#r=${encodeResult(spec(version('engagement')), [50, 55, 52, 59, 51])}`);
    await expect(page.locator('.extremes')).toHaveCount(0);
    await expect(page.locator('.summary')).toContainText('Aucune dimension ne se détache');
    await expect(page.locator('.limits')).toContainText('Limites');
    await expect(page.locator('.old-version')).toHaveCount(0);
    await openAssessment(page, 'engagement', `#r=${encodeResult(spec(version('engagement')), [50, 60, 52, 59, 51])}`);
    await expect(page.locator('.extremes dd').first()).toContainText('Confiance (60)');
  });

  test('un code de la version 1 s’ouvre encore, avec la version qui l’a produit, et se compare avec prudence', async ({ page }) => {
    await openAssessment(page, 'engagement', '#r=E1CK4S69JB');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('#results-title')).toBeVisible();
    await expect(page.locator('.old-version')).toHaveText(dictionary['diagnostic.results.oldVersion']!.replace('{version}', '1').replace(/ ([:;!?])/g, '\u202f$1').replace(/'/g, '’'));
    await openAssessment(page, 'engagement', `#r=${encodeResult(spec(version('engagement')), [60, 40, 50, 70, 30])}`);
    await page.getByLabel('Code précédent').fill('E1CK4S69JB');
    await page.getByRole('button', { name: 'Comparer' }).click();
    await expect(page.locator('table.scores tbody tr td:last-child')).toHaveText(['+10', '−10', 'stable (0)', '+20', '−20']);
    await expect(page.locator('.results .callout.warning')).toContainText('version 1');
  });
});
