import { expect, test } from '@playwright/test';
import { axeViolations } from './site';

// Every page of the sitemap is checked by tests/e2e/gates.spec.ts; the 404 page is not in the sitemap.
test('accessibilité (clair et sombre) : /page-qui-n-existe-pas/', async ({ page }) => {
  await page.goto('page-qui-n-existe-pas/');
  expect(await axeViolations(page)).toEqual([]);
});
