/**
 * JavaScript an assessment page really loads, measured in the browser over a whole run (load,
 * answers, results): every script response and inline script (not the JSON data block, which is
 * data counted with the HTML), gzipped as a CDN would serve it.
 * Printed for the record; the bar is the interactive pages' budget (tests/support/budgets.ts).
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { JS_BUDGET as BUDGET } from '../support/budgets';
import { completeByKeyboard, instrumentIds, loadInstrument, openAssessment } from './assessment-support';


for (const id of instrumentIds) {
  test(`budget JavaScript mesuré dans le navigateur : /diagnostic/${id}/`, async ({ page }) => {
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.set(new URL(response.url()).pathname, gzipSync(await response.body(), { level: 9 }).length);
    });
    await openAssessment(page, id);
    await completeByKeyboard(page, loadInstrument(id), '4');
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].map((s) => s.textContent ?? ''));
    const inlineBytes = inline.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
    const total = [...scripts.values()].reduce((a, b) => a + b, 0) + inlineBytes;
    const report = `/diagnostic/${id}/ : ${total} octets gzip de JavaScript (${scripts.size} fichiers + ${inline.length} scripts en ligne, ${inlineBytes} octets)\n${[...scripts].map(([file, bytes]) => `  ${bytes}\t${file}`).join('\n')}`;
    console.log(report);
    test.info().annotations.push({ type: 'JavaScript gzip', description: report });
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
}
