/**
 * The charters on paper (issue 27): printed to a real A4 PDF by Chromium, each charter keeps the page
 * count it was measured at (a page left half blank, or an article pushed onto a page of its own, adds
 * pages); under print media every article keeps its label, title, commitment and first lines together,
 * the lists of links beside the text are left out, and the charter text, the signature block and the
 * adoption certificate are printed.
 * What the PDF looked like was checked by reading its text (`pdftotext -layout`) and its pages as images
 * on 6 December 2026: no page ends on a label or a title, no page but the last is less than about
 * three quarters full.
 */
import { expect, test, type Page } from '@playwright/test';
import { charter, uiText } from '../support/site-data';

/** The number of pages of a PDF made by Chromium: one `/Type /Page` object per page (`/Pages` is the tree). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** A4 less the charter's page margins (src/components/charter/print.css), in CSS pixels: the width of a printed page's text. */
const PAPER = { width: 673, height: 994 };

/**
 * Each charter page and the pages its PDF measured on 6 December 2026 (salespeople's charter: 7, companies'
 * charter: 5, in both languages), give or take one page for the fonts of another machine.
 */
const CHARTERS = [
  { path: 'charte/', id: 'salesperson', lang: 'fr', pages: [6, 8] },
  { path: 'en/charter/', id: 'salesperson', lang: 'en', pages: [6, 8] },
  { path: 'charte/entreprises/', id: 'company', lang: 'fr', pages: [4, 6] },
  { path: 'en/charter/companies/', id: 'company', lang: 'en', pages: [4, 6] },
] as const;

/** The computed value of `property` on every element matching `selector`. */
const computed = (page: Page, selector: string, property: string) =>
  page.locator(selector).evaluateAll((elements, name) => elements.map((el) => getComputedStyle(el).getPropertyValue(name)), property);

for (const { path, id, lang, pages } of CHARTERS) {
  test(`/${path} imprimée en PDF A4 tient en ${pages[0]} à ${pages[1]} pages`, async ({ page }) => {
    await page.goto(path);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const count = pageCount(pdf);
    expect(count).toBeGreaterThanOrEqual(pages[0]);
    expect(count).toBeLessThanOrEqual(pages[1]);
  });

  test(`/${path} à l’impression : chaque article garde son numéro, son titre, son engagement et le début de son texte ensemble`, async ({ page }) => {
    const articles = charter(lang, id).articles.length;
    await page.setViewportSize(PAPER);
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('article[id^="article-"]')).toHaveCount(articles);
    // The label « ARTICLE 6 » stays with its title, the title with the commitment, the commitment with what follows.
    expect(await computed(page, 'article[id^="article-"] h2 small', 'break-after')).toEqual(Array(articles).fill('avoid'));
    expect(await computed(page, 'article[id^="article-"] h2', 'break-after')).toEqual(Array(articles).fill('avoid'));
    expect(await computed(page, 'article[id^="article-"] h2', 'break-inside')).toEqual(Array(articles).fill('avoid'));
    expect(await computed(page, 'article[id^="article-"] .commitment', 'break-inside')).toEqual(Array(articles).fill('avoid'));
    expect(await computed(page, 'article[id^="article-"] .commitment', 'break-after')).toEqual(Array(articles).fill('avoid'));
    // A paragraph may still split over two pages, two lines at least on each, so that none leaves a page half empty.
    expect(new Set(await computed(page, 'article[id^="article-"] .commitment ~ p:not(.no-print)', 'orphans'))).toEqual(new Set(['2']));
    // The licence and the signature block are never cut in two.
    expect(await computed(page, '.ruled', 'break-inside')).toEqual(['avoid', 'avoid']);
    expect(await computed(page, '.signature', 'break-inside')).toEqual(['avoid']);
  });

  test(`/${path} à l’impression : le texte et la signature, sans les listes de liens`, async ({ page }) => {
    const t = uiText(lang);
    await page.setViewportSize(PAPER);
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav.section-nav')).toBeHidden();
    await expect(page.getByRole('navigation', { name: t('charter.toc.title') })).toBeHidden();
    await expect(page.locator('.charter-frame')).toBeVisible();
    for (const commitment of await page.locator('article[id^="article-"] .commitment').all()) await expect(commitment).toBeVisible();
    await expect(page.locator('.signature')).toBeVisible();
    await expect(page.getByRole('img', { name: t('charter.qr.label') })).toBeVisible();
    // The text uses the page's width: nothing kept aside for the lists left out.
    const text = (await page.locator('.body').boundingBox())!;
    expect(text.width).toBeGreaterThan(PAPER.width * 0.9);
  });
}

test('l’attestation s’imprime seule, sur une page A4, sans la liste des pages de la charte', async ({ page }) => {
  const t = uiText('fr');
  await page.goto('charte/adopter/');
  await expect(page.getByLabel(t('charter.adopt.name'))).toBeEnabled();
  await page.getByLabel(t('charter.adopt.name')).fill('Élodie Dupont-Ménard');
  await page.getByRole('button', { name: t('charter.adopt.submit') }).click();
  await expect(page.locator('.certificate')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.certificate')).toBeVisible();
  await expect(page.locator('nav.section-nav')).toBeHidden();
  await expect(page.getByRole('navigation', { name: t('toc.title') })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
});

test('le document d’adoption des entreprises imprimé : chaque engagement garde son titre, son texte et sa promesse, ses indicateurs restent d’un bloc', async ({ page }) => {
  const articles = charter('fr', 'company').articles.length;
  await page.setViewportSize(PAPER);
  await page.goto('charte/entreprises/adopter/');
  // Measured at 8 pages on 6 December 2026 (9 when every commitment was kept whole with its indicators).
  const count = pageCount(await page.pdf({ format: 'A4' }));
  expect(count).toBeGreaterThanOrEqual(7);
  expect(count).toBeLessThanOrEqual(9);
  await page.emulateMedia({ media: 'print' });
  expect(await computed(page, '.commitments > ol > li > h3', 'break-after')).toEqual(Array(articles).fill('avoid'));
  expect(await computed(page, '.commitments .commitment', 'break-after')).toEqual(Array(articles).fill('avoid'));
  expect(await computed(page, '.commitments .indicators', 'break-inside')).toEqual(Array(articles).fill('avoid'));
  await expect(page.locator('nav.section-nav')).toBeHidden();
  await expect(page.getByRole('navigation', { name: uiText('fr')('toc.title') })).toBeHidden();
  await expect(page.locator('.sign-grid')).toBeVisible();
});
