/**
 * The search page's download budget, measured in the browser because Pagefind is loaded by a
 * computed address: its code (JavaScript, worker and WebAssembly) and everything one search downloads.
 * The byte budgets read from the built files (HTML + CSS, JavaScript per page, nothing blocking the
 * first render) run without a browser: tests/dist/budget.test.ts.
 */
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';

const KB = 1024;

/**
 * The search page's code: its own script, then Pagefind's module, its worker and its WebAssembly engine
 * (stored compressed, so counted as stored). A separate budget from the 20 KB of the other interactive
 * pages, stated in the README: a search engine that runs in the reader's browser costs that much.
 */
const SEARCH_CODE_BUDGET = 96 * KB;
/** Everything one search for a common word downloads after the page: code, index and result excerpts. */
const SEARCH_TOTAL_BUDGET = 256 * KB;

for (const [path, query] of [
  ['recherche/', 'engagement'],
  ['en/search/', 'engagement'],
] as const) {
  test(`budget : une recherche sur /${path} télécharge au plus ${SEARCH_CODE_BUDGET / KB} Ko de code et ${SEARCH_TOTAL_BUDGET / KB} Ko en tout`, async ({ page }) => {
    const downloads: { file: string; kind: 'code' | 'data'; bytes: number }[] = [];
    page.on('response', async (response) => {
      const { pathname } = new URL(response.url());
      const body = await response.body().catch(() => Buffer.alloc(0));
      const precompressed = /\.(pagefind|pf_\w+)$/.test(pathname);
      const bytes = precompressed ? body.length : gzipSync(body, { level: 9 }).length;
      const code = response.request().resourceType() === 'script' || /\/wasm\.[\w-]+\.pagefind$/.test(pathname) || pathname.endsWith('.js');
      downloads.push({ file: pathname, kind: code ? 'code' : 'data', bytes });
    });
    await page.goto(`${path}?q=${query}`);
    await expect(page.locator('#search-results li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const sum = (kind?: 'code' | 'data') => downloads.filter((d) => !kind || d.kind === kind).reduce((n, d) => n + d.bytes, 0);
    const report = downloads.map((d) => `${d.bytes}\t${d.kind}\t${d.file}`).join('\n');
    test.info().annotations.push({ type: 'octets', description: report });
    expect(downloads.some((d) => d.file.endsWith('pagefind.js')), 'Pagefind est chargé').toBe(true);
    expect(downloads.some((d) => /\/wasm\.[\w-]+\.pagefind$/.test(d.file)), 'son moteur WebAssembly est compté').toBe(true);
    expect(sum('code'), `code de la recherche :\n${report}`).toBeLessThanOrEqual(SEARCH_CODE_BUDGET);
    expect(sum(), `tout ce qu'une recherche télécharge :\n${report}`).toBeLessThanOrEqual(SEARCH_TOTAL_BUDGET);
  });
}
