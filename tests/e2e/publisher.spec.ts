/**
 * The publisher people can reach: the legal notice shows every fact of content/site/editeur.yaml
 * (or « à compléter » for an unknown one), the footer links to it, and every content page ends
 * with the error-report link built from the contact address, or says why there is none yet.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { publisherSchema } from '../../src/schemas/publisher';
import { languageOf, sitemapPaths } from './site';
import { uiText } from '../support/site-data';
import { interactivePaths } from '../support/route-table';

const publisher = publisherSchema.parse(parse(readFileSync('content/site/editeur.yaml', 'utf8')));
/** The interface strings of each language as its pages show them (typography applied, spaces folded). */
const dictionaries = { fr: uiText('fr'), en: uiText('en') };
const legalPages = { fr: 'a-propos/mentions-legales/', en: 'en/about/legal-notice/' } as const;

/** The facts of the data file as `[dictionary key, value]`, in page order. */
const facts: [string, string | null][] = [
  ['legal.publisher.name', publisher.publisher.name],
  ['legal.publisher.form', publisher.publisher.form],
  ['legal.publisher.address', publisher.publisher.address],
  ['legal.publisher.registration', publisher.publisher.registration],
  ['legal.publisher.phone', publisher.publisher.phone],
  ['legal.director', publisher.director],
  ['legal.host.name', publisher.host.name],
  ['legal.host.address', publisher.host.address],
  ['legal.host.phone', publisher.host.phone],
  ['legal.contact.email', publisher.contact.email],
];

for (const lang of ['fr', 'en'] as const) {
  const t = dictionaries[lang];

  test(`mentions légales (${lang}) : chaque information du fichier, ou « ${t('legal.pending')} »`, async ({ page }) => {
    const response = await page.goto(legalPages[lang]);
    expect(response?.status()).toBe(200);
    for (const [key, value] of facts) {
      const cell = page.locator(`dd[data-fact="${key}"]`);
      if (value === null) await expect(cell).toHaveText(t('legal.pending'));
      else if (key === 'legal.publisher.form') await expect(cell).toHaveText(t(`legal.form.${value}`));
      else await expect(cell).toHaveText(value);
    }
    const name = publisher.publisher.name;
    if (name !== null) await expect(page.locator('main')).toContainText(name);
    // What the page says of the error-report link matches whether it can exist.
    const note = publisher.contact.email ? 'legal.contact.report' : 'legal.contact.noReport';
    await expect(page.locator('p[data-fact="legal.contact.report"]')).toHaveText(t(note));
  });

  test(`pied de page (${lang}) : lien vers les mentions légales`, async ({ page }) => {
    await page.goto(lang === 'fr' ? '' : 'en/');
    const link = page.locator('.site-footer').getByRole('link', { name: t('footer.legal') });
    await expect(link).toHaveAttribute('href', new RegExp(`${legalPages[lang]}$`));
  });
}

/**
 * Content pages (guide, ethics, about, assessment methodology): the ones built on ContentLayout. The
 * printable booklets gather those pages for paper and are left out: each page they gather has the link.
 * So are the tools with an island in those sections (the pipeline check): app pages, not content.
 */
const tools = new Set(interactivePaths());
const contentPaths = sitemapPaths().filter(
  (path) =>
    /^(en\/)?(guide|ethique|ethics|a-propos|about)\/|^(diagnostic\/methodologie|en\/assessment\/methodology)\/$/.test(path) && !/\/(livret|booklet)\/$/.test(path) && !tools.has(path),
);

test('chaque page de contenu se termine par le lien « Signaler une erreur sur cette page »', async ({ page }) => {
  expect(contentPaths.length).toBeGreaterThan(30);
  for (const path of contentPaths) {
    const t = dictionaries[languageOf(path)];
    await page.goto(path);
    const report = page.locator('article .report');
    await expect(report, path).toHaveCount(1);
    const mailto = page.locator('a[href^="mailto:"]');
    if (publisher.contact.email) {
      // One link at the foot, to the contact address, whose subject carries the page's own address.
      await expect(report.locator('a[href^="mailto:"]'), path).toHaveCount(1);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      const href = new URL((await report.getByRole('link', { name: t('report.link') }).getAttribute('href'))!);
      expect(href.pathname).toBe(publisher.contact.email);
      expect(decodeURIComponent(href.search.replace(/^\?subject=/, ''))).toContain(canonical);
    } else {
      // No known address: no link can be made; the page says so and points to the legal notice.
      await expect(mailto, path).toHaveCount(0);
      await expect(report, path).toContainText(t('report.pending'));
      await expect(report.getByRole('link'), path).toHaveAttribute('href', new RegExp(`${legalPages[languageOf(path)]}#contact$`));
    }
  }
});
