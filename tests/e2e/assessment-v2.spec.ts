/**
 * Version 2 of the questionnaires, through the built pages: yes-saying lands every dimension
 * between 40 and 60 with no risk signal, straight-lining is pointed out on the review step, every
 * results view states its limits, strongest and weakest are named only 10 points apart, and
 * version-1 codes still open (and compare with a caution).
 */
import { expect, test } from '@playwright/test';
import { answerByKeyboard, instrumentIds, loadInstrument, openAssessment, resultsTable, showResultsByKeyboard } from './assessment-support';
import { encodeResult } from '../../src/lib/result-code';
import { uiPattern, uiText } from '../support/site-data';

/** The interface strings as the French pages show them (typography applied, spaces folded). */
const t = uiText('fr');

for (const id of instrumentIds) {
  const instrument = loadInstrument(id);
  for (const [key, label] of [
    ['5', 'tout « Tout à fait d’accord »'],
    ['4', 'tout « Plutôt d’accord »'],
  ] as const) {
    test(`${id} : ${label} donne entre 40 et 60 partout, sans signal de risque ; l’étape de vérification le remarque`, async ({ page }) => {
      await openAssessment(page, id);
      await answerByKeyboard(page, instrument, () => key);
      await expect(page.locator('.review .same-answers')).toContainText(uiPattern('fr', 'diagnostic.review.sameAnswers'));
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
  const engagement = loadInstrument('engagement');
  const spec = (v: number) => ({ id: 'engagement', code: engagement.code, version: v, dimensions: engagement.dimensions.length });
  const current = engagement.version;

  test('aucune dimension nommée la plus haute ou la plus basse sous 10 points d’écart ; nommées à partir de 10', async ({ page }) => {
    await openAssessment(page, 'engagement', `#r=${encodeResult(spec(current), [50, 55, 52, 59, 51])}`);
    await expect(page.locator('.extremes')).toHaveCount(0);
    await expect(page.locator('.summary')).toContainText(t('diagnostic.results.noneStandsOut'));
    await expect(page.locator('.limits')).toContainText(t('diagnostic.results.limits.title'));
    await expect(page.locator('.old-version')).toHaveCount(0);
    await openAssessment(page, 'engagement', `#r=${encodeResult(spec(current), [50, 60, 52, 59, 51])}`);
    await expect(page.locator('.extremes dd').first()).toContainText(`${engagement.dimensions[1]!.name} (60)`);
  });

  test('un code de la version 1 s’ouvre encore, avec la version qui l’a produit, et se compare avec prudence', async ({ page }) => {
    await openAssessment(page, 'engagement', '#r=E1CK4S69JB');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('#results-title')).toBeVisible();
    await expect(page.locator('.old-version')).toHaveText(t('diagnostic.results.oldVersion', { version: 1 }));
    await openAssessment(page, 'engagement', `#r=${encodeResult(spec(current), [60, 40, 50, 70, 30])}`);
    await page.getByLabel(t('diagnostic.compare.label')).fill('E1CK4S69JB');
    await page.getByRole('button', { name: t('diagnostic.compare.submit') }).click();
    await expect(page.locator('table.scores tbody tr td:last-child')).toHaveText(['+10', '−10', t('diagnostic.results.stable', { change: 0 }), '+20', '−20']);
    await expect(page.locator('.results .callout.warning')).toContainText(t('diagnostic.results.compareVersions', { earlier: 1 }));
  });
});
