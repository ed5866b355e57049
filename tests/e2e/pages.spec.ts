import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

for (const path of sitemapPaths()) {
  test(`/${path} répond, a une langue, un seul h1, un titre et une description`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).trim().length).toBeGreaterThan(3);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//);
    await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  });
}

test('une adresse inconnue répond 404 avec une vraie page', async ({ page }) => {
  const response = await page.goto('page-qui-n-existe-pas/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page introuvable');
  await expect(page.getByRole('link', { name: 'Accueil' }).first()).toBeVisible();
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
