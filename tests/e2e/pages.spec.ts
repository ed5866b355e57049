import { expect, test } from '@playwright/test';
import { uiText } from '../support/site-data';

/** The interface strings as the French pages show them. */
const t = uiText('fr');

// The checks every page of the sitemap must pass are in tests/e2e/gates.spec.ts.

test('une adresse inconnue répond 404 avec une vraie page', async ({ page }) => {
  const response = await page.goto('page-qui-n-existe-pas/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText(t('notFound.title'));
  await expect(page.getByRole('link', { name: t('nav.home') }).first()).toBeVisible();
});

test('les pages de contenu ne chargent aucun JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  for (const path of ['', 'guide/', 'a-propos/confidentialite/']) {
    await page.goto(path);
    await expect(page.locator('script')).toHaveCount(0);
  }
  expect(scripts).toEqual([]);
});
