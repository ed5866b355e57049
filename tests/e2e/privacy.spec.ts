import { expect, test } from '@playwright/test';
import { emptyStorage, foreignRequests, recordRequests, sitemapPaths, storageSnapshot } from './site';

for (const path of sitemapPaths()) {
  test(`confidentialité : /${path} ne stocke rien et ne contacte aucun autre site`, async ({ page, baseURL }) => {
    const requests = recordRequests(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Interact as a reader would: move through the page by keyboard and type a search.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    await page.locator('#site-search').fill('engagement');
    await page.mouse.wheel(0, 800);
    await page.waitForLoadState('networkidle');
    expect(await storageSnapshot(page)).toEqual(emptyStorage);
    expect(foreignRequests(requests, new URL(baseURL!).origin)).toEqual([]);
  });
}
