/**
 * The publisher people can reach, read from the built files: the legal notice shows every fact of
 * content/site/editeur.yaml (or « à compléter » for an unknown one), the footer links to it, and every
 * content page ends with the error-report link built from the contact address, or says why there is
 * none yet. (`npm run check:publisher` is the gate that names the missing facts before a deployment.)
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { publisherSchema } from '../../src/schemas/publisher';
import { builtDocument, textOf } from '../support/built-dom';
import { languageOf, sitemapPaths } from '../support/dist';
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

  test(`mentions légales (${lang}) : chaque information du fichier, ou « ${t('legal.pending')} »`, () => {
    const document = builtDocument(legalPages[lang]);
    for (const [key, value] of facts) {
      const cell = textOf(document.querySelector(`dd[data-fact="${key}"]`));
      if (value === null) expect(cell, key).toBe(t('legal.pending'));
      else if (key === 'legal.publisher.form') expect(cell, key).toBe(t(`legal.form.${value}`));
      else expect(cell, key).toBe(value.replace(/\s+/g, ' ').trim());
    }
    const name = publisher.publisher.name;
    if (name !== null) expect(textOf(document.querySelector('main'))).toContain(name);
    // What the page says of the error-report link matches whether it can exist.
    const note = publisher.contact.email ? 'legal.contact.report' : 'legal.contact.noReport';
    expect(textOf(document.querySelector('p[data-fact="legal.contact.report"]'))).toBe(t(note));
  });

  test(`pied de page (${lang}) : lien vers les mentions légales`, () => {
    const document = builtDocument(lang === 'fr' ? '' : 'en/');
    const link = [...document.querySelectorAll('.site-footer a')].find((a) => textOf(a) === t('footer.legal'));
    expect(link?.getAttribute('href')).toMatch(new RegExp(`${legalPages[lang]}$`));
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

test('les pages de contenu sont trouvées dans le plan du site', () => {
  expect(contentPaths.length).toBeGreaterThan(30);
});

for (const path of contentPaths) {
  test(`/${path} se termine par le lien « Signaler une erreur sur cette page »`, () => {
    const t = dictionaries[languageOf(path)];
    const document = builtDocument(path);
    const reports = document.querySelectorAll('article .report');
    expect(reports, path).toHaveLength(1);
    const report = reports[0]!;
    if (publisher.contact.email) {
      // One link at the foot, to the contact address, whose subject carries the page's own address.
      const links = report.querySelectorAll('a[href^="mailto:"]');
      expect(links, path).toHaveLength(1);
      expect(textOf(links[0])).toBe(t('report.link'));
      const canonical = document.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      const href = new URL(links[0]!.getAttribute('href')!);
      expect(href.pathname).toBe(publisher.contact.email);
      expect(decodeURIComponent(href.search.replace(/^\?subject=/, ''))).toContain(canonical);
    } else {
      // No known address: no link can be made; the page says so and points to the legal notice.
      expect(document.querySelectorAll('a[href^="mailto:"]'), path).toHaveLength(0);
      expect(textOf(report), path).toContain(t('report.pending'));
      const links = report.querySelectorAll('a');
      expect(links, path).toHaveLength(1);
      expect(links[0]!.getAttribute('href'), path).toMatch(new RegExp(`${legalPages[languageOf(path)]}#contact$`));
    }
  });
}
