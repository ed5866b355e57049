/**
 * Accessibility of the assessments beyond their first screen: axe (WCAG 2.2 AA) on the first and the
 * last step (the steps between are the same form with other statements: the first one stands for them,
 * and the last one carries the « review » button), the review step, the results (with a comparison)
 * and a refused link, each in light and dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { answerByKeyboard, instrumentIds, loadInstrument, openAssessment, steps } from './assessment-support';
import { axeViolations } from './site';
import { uiText } from '../support/site-data';

/** The interface strings as the French pages show them. */
const t = uiText('fr');

/** Runs axe on the screen as it is (full WCAG rules in light, colour rules in dark), back in light for what follows. */
async function violations(page: Page): Promise<string[]> {
  const found = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

for (const id of instrumentIds) {
  const instrument = loadInstrument(id);
  const stepCount = steps(instrument).length;

  test(`accessibilité (clair et sombre) : chaque étape, la vérification et les résultats de ${id}`, async ({ page }) => {
    test.setTimeout(240_000);
    await openAssessment(page, id);
    // One item left unanswered on the first step (Tab skips it), so the review lists it.
    await answerByKeyboard(
      page,
      instrument,
      (s, i) => (s === 0 && i === 0 ? 'Tab' : String(1 + ((s + i) % 5))),
      async (s) => {
        if (s === 0 || s === stepCount - 1) expect(await violations(page), `étape ${s + 1}`).toEqual([]);
      },
    );
    await expect(page.locator('.missing li')).toHaveCount(1);
    expect(await violations(page), 'vérification').toEqual([]);
    await page.getByRole('button', { name: t('diagnostic.review.show') }).click();
    await expect(page.locator('#results-title')).toBeVisible();
    expect(await violations(page), 'résultats').toEqual([]);

    const code = (await page.locator('.code-box .code code').innerText()).trim();
    await page.getByLabel(t('diagnostic.compare.label')).fill(code);
    await page.getByRole('button', { name: t('diagnostic.compare.submit') }).click();
    await expect(page.locator('.bars .before').first()).toBeAttached();
    expect(await violations(page), 'résultats comparés').toEqual([]);
    await page.getByLabel(t('diagnostic.compare.label')).fill('ZZZ');
    await page.getByRole('button', { name: t('diagnostic.compare.submit') }).click();
    await expect(page.locator('#compare-error')).toBeVisible();
    expect(await violations(page), 'erreur de comparaison').toEqual([]);
  });

  test(`accessibilité (clair et sombre) : lien de résultat refusé sur ${id}`, async ({ page }) => {
    await openAssessment(page, id, '#r=E1CK4S69JC');
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
