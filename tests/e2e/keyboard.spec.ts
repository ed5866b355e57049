import { expect, test } from '@playwright/test';
import { uiText } from '../support/site-data';

/** The interface strings as the French pages show them. */
const t = uiText('fr');

test('le lien d’évitement est le premier arrêt clavier et mène au contenu', async ({ page }) => {
  await page.goto('guide/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: t('nav.skip') });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#contenu$/);
  await expect(page.locator('main')).toBeFocused();
});

test('la navigation principale se parcourt et s’active au clavier', async ({ page }) => {
  await page.goto('');
  const nav = page.getByRole('navigation', { name: t('nav.label') });
  const target = nav.getByRole('link', { name: t('nav.section.charte') });
  for (let i = 0; i < 20 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/charte\/$/);
  await expect(page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('nav.section.charte') })).toHaveAttribute('aria-current', 'page');
});

test('la recherche de l’en-tête s’envoie au clavier', async ({ page }) => {
  await page.goto('');
  await page.locator('#site-search').focus();
  await page.keyboard.type('engagement');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/recherche\/\?q=engagement$/);
});

test('aucun défilement horizontal à 320 px de large', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['', 'guide/', 'recherche/?q=engagement', 'a-propos/confidentialite/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
