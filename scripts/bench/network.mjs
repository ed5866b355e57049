/**
 * Bytes a page really loads, read from the browser's network log: every response body the page
 * receives (document, stylesheets, scripts and the modules islands import, fetches), grouped by
 * kind, raw and gzip. Islands hydrated on visibility are brought into view first.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

export { chromeFlags, chromiumPath } from '../../tests/support/chromium.mjs';
import { chromeFlags, chromiumPath } from '../../tests/support/chromium.mjs';

/** Kind of a response, for the table: html, css, js or other (images, Pagefind index, WebAssembly…). */
function kindOf(resourceType, url) {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script' || /\.m?js(\?|$)/.test(url)) return 'js';
  return 'other';
}

const empty = () => ({ raw: 0, gzip: 0 });

/**
 * Opens a browser for a series of measurements.
 * @returns {Promise<{ measure(url: string): Promise<PageBytes>, close(): Promise<void> }>}
 */
export async function networkMeter() {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromeFlags });
  return {
    /** @typedef {{ html: {raw: number, gzip: number}, css: {raw: number, gzip: number}, js: {raw: number, gzip: number}, other: {raw: number, gzip: number}, total: {raw: number, gzip: number}, requests: number, files: {url: string, kind: string, raw: number, gzip: number}[] }} PageBytes */
    async measure(url) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });
      const page = await context.newPage();
      const pending = [];
      page.on('response', (response) => {
        pending.push(
          response
            .body()
            .catch(() => Buffer.alloc(0))
            .then((body) => ({ url: response.url(), kind: kindOf(response.request().resourceType(), response.url()), body })),
        );
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const responses = await Promise.all(pending);
      await context.close();

      const result = { html: empty(), css: empty(), js: empty(), other: empty(), total: empty(), requests: responses.length, files: [] };
      for (const { url: file, kind, body } of responses) {
        const size = { raw: body.length, gzip: body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length };
        for (const bucket of [result[kind], result.total]) {
          bucket.raw += size.raw;
          bucket.gzip += size.gzip;
        }
        result.files.push({ url: file, kind, ...size });
      }
      return result;
    },
    close: () => browser.close(),
  };
}
