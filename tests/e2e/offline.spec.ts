import { expect, test } from '@playwright/test';
import { completeByKeyboard, loadInstrument, openAssessment, resultsTable } from './assessment-support';

test('un autodiagnostic commencé en ligne se termine hors ligne et affiche ses résultats', async ({ page, context }) => {
  const instrument = loadInstrument('engagement');
  await openAssessment(page, 'engagement');
  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  await completeByKeyboard(page, instrument, '3');
  const scores = await resultsTable(page);
  for (const dimension of instrument.dimensions) expect(scores[dimension.name], dimension.name).toBe('50');
  expect(failed).toEqual([]);
  await context.setOffline(false);
});
