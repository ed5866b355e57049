/**
 * The pipeline check (issue 24) on the built site: the two fixture exports of
 * tests/fixtures/pipeline/ loaded through the file field give the figures worked out by hand in
 * tests/unit/pipeline-fixtures.test.ts, written the way each language writes numbers; using the
 * island makes no request and stores nothing; axe finds nothing in either theme; the report prints
 * on one A4 page; the share link holds totals only; ambiguous dates are asked about.
 */
import { expect, test, type Page } from '@playwright/test';
import { APP_PAGES } from '../../src/lib/routes';
import { axeViolations, emptyStorage, recordRequests, storageSnapshot } from './site';

const FR = APP_PAGES.pipelineCheck.fr.slice(1);
const EN = APP_PAGES.pipelineCheck.en.slice(1);
const fixture = (name: string) => `tests/fixtures/pipeline/${name}`;
/** Text with every kind of space as a plain space (Intl writes narrow no-break spaces). */
const flat = (s: string | null) => (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.pipeline[data-ready="true"]')).toBeAttached();
}

async function settle(page: Page, settings: { today: string; start: string; end: string; target: string; stale: string }) {
  await page.locator('#pipeline-today').fill(settings.today);
  await page.locator('#pipeline-start').fill(settings.start);
  await page.locator('#pipeline-end').fill(settings.end);
  await page.locator('#pipeline-target').fill(settings.target);
  await page.locator('#pipeline-stale').fill(settings.stale);
}

const value = (page: Page, figure: string) => page.locator(`.pipeline-report > .pipeline-figures tr[data-figure="${figure}"] td`);

test('export Excel français : les chiffres calculés à la main, sans requête ni stockage', async ({ page }) => {
  await open(page, FR);
  const requests = recordRequests(page);
  await page.locator('#pipeline-file').setInputFiles(fixture('crm-fr-excel.csv'));
  await settle(page, { today: '2026-12-15', start: '2026-10-01', end: '2026-12-31', target: '60000', stale: '60' });
  await expect(page.locator('.pipeline-status')).toContainText('crm-fr-excel.csv');
  expect(flat(await page.locator('.pipeline-status').textContent())).toContain('14 lignes lues (Windows-1252, séparateur « ; »), 10 affaires retenues, 4 lignes écartées');

  const expected: Record<string, string> = {
    open: '69 900 (6 affaires)',
    weighted: '17 220',
    coverage: '0,7 ×', // 21 900 / 32 000
    winRate: '67 % (2 gagnées sur 3 conclues)',
    averageWon: '14 000',
    cycle: '93,5 jours en moyenne, 93,5 en médiane (2 affaires)',
    velocity: '17 968 par période de 30 jours',
    pastClose: '2 (2 135)',
    stale: '2 (46 235)',
    forecast: 'de 41 735 à 49 900',
    meddicc: '33 %',
  };
  for (const [figure, text] of Object.entries(expected)) expect(flat(await value(page, figure).textContent()), figure).toBe(text);

  // Bad rows listed by line with their reason.
  await page.locator('.pipeline-bad summary').click();
  const bad = (await page.locator('.pipeline-bad tbody tr').allTextContents()).map(flat);
  expect(bad).toEqual(['8montant illisible « à voir »', '96 cellules au lieu de 12', '11date de clôture illisible « 31/02/2026 »', '15Date de création illisible « hier »']);

  // A definition is one click away.
  const definition = page.locator('#pipeline-def-coverage');
  await definition.locator('summary').click();
  await expect(definition.locator('p')).toBeVisible();

  // Charts with their tables.
  await expect(page.locator('.pipeline-chart')).toHaveCount(3);
  await page.locator('#pipeline-by-stage-title ~ details summary').click();
  expect((await page.locator('#pipeline-by-stage-title ~ details tbody tr').allTextContents()).map(flat)).toEqual(['Proposition219 765', 'Découverte23 900', 'Décision11 235', 'Qualification145 000']);

  // Per salesperson only on request, with the charter's reminder.
  await expect(page.locator('.pipeline-owners .callout')).toHaveCount(0);
  await page.locator('.pipeline-owners button').click();
  await expect(page.locator('.pipeline-owners .callout')).toBeVisible();
  await expect(page.locator('.pipeline-owners .pipeline-figures caption')).toHaveText(['Camille Martin', 'Jean Petit']);

  // The share link: totals only, never a deal, a customer or a salesperson.
  const link = await page.locator('#pipeline-share').inputValue();
  expect(link).toContain('#totaux=v1;2026-10-01;2026-12-31;69900;6;');
  for (const name of ['Réseau', 'Brique', 'Camille', 'Martin', 'Petit', 'Manoir']) expect(decodeURIComponent(link)).not.toContain(name);

  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);
  expect(await storageSnapshot(page)).toEqual(emptyStorage);
  expect(await axeViolations(page)).toEqual([]);
});

test('English export (HubSpot style): US dates, « 1,234.56 », figures worked out by hand', async ({ page }) => {
  await open(page, EN);
  await page.locator('#pipeline-file').setInputFiles(fixture('crm-en-hubspot.csv'));
  await settle(page, { today: '2026-12-15', start: '2026-10-01', end: '2026-12-31', target: '20000', stale: '60' });
  await expect(page.locator('.pipeline-status')).toContainText('5 rows read (UTF-8, separator “,”), 4 deals kept, 1 rows set aside');
  const expected: Record<string, string> = {
    open: '7,000 (2 deals)',
    weighted: '5,930',
    coverage: '0.1 ×',
    winRate: '50% (1 won out of 2 closed)',
    cycle: '61 days on average, 61 median (1 deals)',
    pastClose: '0 (0)',
  };
  for (const [figure, text] of Object.entries(expected)) expect(flat(await value(page, figure).textContent()), figure).toBe(text);
  expect(await axeViolations(page)).toEqual([]);
});

test('le rapport s’imprime sur une page A4', async ({ page }) => {
  await open(page, FR);
  await page.locator('#pipeline-file').setInputFiles(fixture('crm-fr-excel.csv'));
  await settle(page, { today: '2026-12-15', start: '2026-10-01', end: '2026-12-31', target: '60000', stale: '60' });
  await expect(value(page, 'open')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.breadcrumb', '.pipeline-file', '.pipeline-mapping', '.pipeline-bad', '.pipeline-actions']) await expect(page.locator(hidden).first(), hidden).toBeHidden();
  await expect(page.locator('.pipeline-chart').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1);
});

test('un lien de totaux rouvre les totaux seuls', async ({ page }) => {
  await page.goto(`${FR}#totaux=v1;2026-10-01;2026-12-31;69900;6;17220.368;0.6844;0.6667;14000;93.5;17967.9144;2;2;41734.56;49900`);
  await expect(page.locator('.pipeline-shared')).toBeVisible();
  expect(flat(await page.locator('.pipeline-shared tr').first().textContent())).toBe('Pipeline ouvert69 900 (6 affaires)');
});

test('des dates ambiguës font poser la question avant tout chiffre', async ({ page }) => {
  await open(page, FR);
  const csv = 'Étape;Montant;Date de clôture\nProposition;1 000;03/04/2026\nGagnée;2 000;05/06/2026\n';
  await page.locator('#pipeline-file').setInputFiles({ name: 'ambigu.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await settle(page, { today: '2026-04-01', start: '2026-01-01', end: '2026-12-31', target: '', stale: '60' });
  await expect(page.locator('.pipeline-dates legend')).toBeVisible();
  await expect(page.locator('.pipeline-report')).toHaveCount(0);
  await page.getByLabel('Mois puis jour').check();
  // Read month first, 03/04/2026 is 4 March: before 1 April, so past its close date.
  await expect.poll(async () => flat(await value(page, 'pastClose').textContent())).toBe('1 (1 000)');
  await page.getByLabel('Jour puis mois').check();
  await expect.poll(async () => flat(await value(page, 'pastClose').textContent())).toBe('0 (0)');
});

test('sur un téléphone (360 px), le rapport ne fait pas défiler la page de côté', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await open(page, FR);
  await page.locator('#pipeline-file').setInputFiles(fixture('crm-fr-excel.csv'));
  await expect(value(page, 'open')).toBeVisible();
  await page.locator('.pipeline-mapping summary').click();
  await page.locator('.pipeline-bad summary').click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('un gros export est lu et compté par tranches : la barre de progression avance pendant que les chiffres sont comptés', async ({ page }) => {
  // 20,000 open deals of 1 000,00 each, closing on one of 28 days of January 2027.
  const rows = 20_000;
  const lines = ['Étape;Montant;Date de clôture'];
  for (let i = 0; i < rows; i++) lines.push(`Proposition;1 000,00 €;${String((i % 28) + 1).padStart(2, '0')}/01/2027`);
  await open(page, FR);
  const requests = recordRequests(page);
  await page.locator('.pipeline').evaluate((island) => {
    const w = window as unknown as { __progress: number[] };
    w.__progress = [];
    // Every value the progress bar shows until the report appears.
    new MutationObserver(() => {
      const bar = island.querySelector('progress');
      if (bar && !island.querySelector('.pipeline-report')) w.__progress.push(bar.value);
    }).observe(island, { childList: true, subtree: true, attributes: true, attributeFilter: ['value'] });
  });
  // Slices last about 8 ms of the clock: on a processor four times slower each holds less work, so that
  // even a fast machine draws the bar several times while it counts.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.locator('#pipeline-file').setInputFiles({ name: 'gros.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf8') });
  await expect(value(page, 'open')).toBeVisible({ timeout: 30_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  expect(flat(await value(page, 'open').textContent())).toBe('20 000 000 (20 000 affaires)');
  await expect(page.locator('.pipeline progress')).toHaveCount(0);
  const shown = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
  // The page was drawn between the slices that type the rows and count the figures (the last third of the bar).
  const counting = new Set(shown.filter((v) => v > 0.65 && v < 1));
  expect(counting.size, shown.join(' ')).toBeGreaterThanOrEqual(2);
  expect(requests).toEqual([]);
});
