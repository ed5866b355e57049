/**
 * Requests of the interactive pages: on a phone network each file is a round trip, so a page that
 * runs code loads at most 4 files, and using its island requests nothing more (the code of the whole
 * island came with the page).
 *
 * What is counted: every response the page receives from `goto` until the network has been idle
 * for 500 ms (Playwright's `networkidle`), which includes the island's hydration (`client:paint`
 * starts it right after the first paint): the document, its scripts and modules, images, the icon
 * (written into the page: it costs no request).
 */
import { expect, test, type Page } from '@playwright/test';
import { recordRequests } from './site';
import { appPages } from '../support/route-table';
import { APP_PAGES } from '../../src/lib/routes';

const MAX_REQUESTS = 4;

/** A way to use a page's island once it is hydrated; none for the search page, whose searches do load the index. */
type Use = (page: Page) => Promise<void>;

/** Answers every statement of the first step and goes to the second one. */
const answerFirstStep: Use = async (page) => {
  const items = page.locator('.assessment fieldset.item');
  for (let i = 0; i < (await items.count()); i++) await items.nth(i).locator('input[type=radio]').first().check();
  await page.locator('.assessment button[type=submit]').click();
  await expect(page.locator('.assessment progress')).toHaveAttribute('value', '2');
};

/** Pastes a result code (a corrupted one: the island answers with its message). */
const pasteCodes: Use = async (page) => {
  await page.locator('#team-codes').fill('E1-ZZZZ');
  await expect(page.locator('#team-codes')).toHaveValue('E1-ZZZZ');
};

/** Types a name and prepares the certificate. */
const prepareCertificate: Use = async (page) => {
  await page.locator('form.adopt-form input[type=text]').first().fill('Camille Martin');
  await page.locator('form.adopt-form button[type=submit]').click();
  await expect(page.locator('.certificate')).toBeVisible();
};

/** Loads the French Excel export into the pipeline check and waits for its figures. */
const loadExport: Use = async (page) => {
  await page.locator('#pipeline-file').setInputFiles('tests/fixtures/pipeline/crm-fr-excel.csv');
  await expect(page.locator('.pipeline-report')).toBeVisible();
};

/** How to tell a page is ready and how to use it, by what the route table says it is. */
function usage(fr: string): [ready: string, use?: Use] {
  if (fr === APP_PAGES.team.fr) return ['.team[data-ready="true"]', pasteCodes];
  if (fr === APP_PAGES.charterAdopt.fr) return ['form.adopt-form input[type=text]:enabled', prepareCertificate];
  if (fr === APP_PAGES.search.fr) return ['#search-form'];
  if (fr === APP_PAGES.pipelineCheck.fr) return ['.pipeline[data-ready="true"]', loadExport];
  if (fr.startsWith(APP_PAGES.assessments.fr)) return ['.assessment[data-ready]', answerFirstStep];
  // The charters and their articles: a page script for the share and copy buttons.
  return ['main'];
}

/**
 * Every page the route table marks interactive, in both languages; of each charter's article pages,
 * which share one view and one script, the first only (the build test checks they all ship the same).
 */
const pages = appPages()
  .filter((page) => page.interactive && !/\/article-(?!1\/)\d+\/$/.test(page.fr))
  .flatMap((page) => [page.fr, page.en].map((route) => [route.slice(1), ...usage(page.fr)] as [path: string, ready: string, use?: Use]));

for (const [path, ready, use] of pages) {
  test(`/${path} charge au plus ${MAX_REQUESTS} fichiers${use ? ', puis son îlot ne demande plus rien' : ''}`, async ({ page }) => {
    const responses: string[] = [];
    page.on('response', (response) => {
      responses.push(new URL(response.url()).pathname);
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.locator(ready).first()).toBeAttached();
    await page.waitForLoadState('networkidle');
    expect(responses.length, `/${path} a chargé :\n${responses.join('\n')}`).toBeLessThanOrEqual(MAX_REQUESTS);

    if (!use) return;
    const later = recordRequests(page);
    await use(page);
    await page.waitForLoadState('networkidle');
    expect(later, `/${path} a demandé en cours d’usage :\n${later.join('\n')}`).toEqual([]);
  });
}
