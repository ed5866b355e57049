/**
 * The charters and the pages around them say the law and the figures as issue 21 settled them,
 * on the built pages of both languages: references from the references file with their source and
 * check date, every version readable, the home figure with its year, the named 2018 survey, and no
 * French space before a colon in the English charter pages. Reads the built HTML only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { builtHtml, mainText, sitemapPaths } from '../support/dist';

const references = (parse(readFileSync('content/site/references.yaml', 'utf8')) as { references: { id: string; url: string; lawyer?: boolean }[] }).references;

const paths = sitemapPaths().filter((p) => !/\.(svg|png)$/.test(p));

describe('legal references', () => {
  test.each(['a-propos/references-juridiques/', 'en/about/legal-references/'])('%s lists every reference of the file, with its official source', (path) => {
    const page = builtHtml(path);
    for (const { id, url } of references) {
      expect(page, id).toContain(`id="ref-${id}"`);
      expect(page, id).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
    }
  });

  test('the page says which references a lawyer must still confirm', () => {
    expect(mainText('a-propos/references-juridiques/')).toMatch(/à faire confirmer par un juriste/);
    expect(mainText('en/about/legal-references/')).toMatch(/a lawyer must confirm/);
  });

  test('an article page shows each law with its official text and its check date or the lawyer note', () => {
    const text = mainText('charte/article-6/');
    expect(text).toMatch(/Code de la consommation, art\. L\. 223-1/);
    expect(text).toMatch(/vérifié le 6 décembre 2026/);
    expect(builtHtml('charte/article-6/')).toContain('href="https://www.legifrance.gouv.fr/');
  });
});

describe('versions', () => {
  test.each(['charte/versions/', 'en/charter/versions/', 'charte/entreprises/versions/', 'en/charter/companies/versions/'])('every version of %s has its own page', (path) => {
    const versions = [...builtHtml(path).matchAll(/id="version-(\d+-\d+)"/g)].map((m) => m[1]!);
    expect(versions.length).toBeGreaterThanOrEqual(2);
    for (const v of versions) expect(paths, v).toContain(`${path}${v}/`);
  });

  test('version 1.0 of the salesperson’s charter stays readable, with its own article 6', () => {
    expect(mainText('charte/versions/1-0/')).toMatch(/jamais par des envois en masse/);
    expect(mainText('charte/versions/1-1/')).toMatch(/Erreur de numérotation/);
  });
});

describe('figures', () => {
  test('the home headline is Gallup’s 8 % with its year', () => {
    expect(mainText('')).toMatch(/8 % des salariés en France étaient classés « engagés » par Gallup en 2025/);
    expect(mainText('en/')).toMatch(/8% of employees in France were classed as “engaged” by Gallup in 2025/);
  });

  test('no page speaks of an unnamed « rapport français de 2018 »', () => {
    expect(paths.filter((p) => /rapport français de 2018|French report from 2018/.test(mainText(p)))).toEqual([]);
  });

  test('the enablement page says what its source says', () => {
    const text = mainText('ethique/enablement-ou-engagement/');
    expect(text).not.toMatch(/exemple récent|quotas de contacts|responsable d’une grande association/);
    expect(text).toMatch(/probablement sous pression/);
    expect(text).toMatch(/administrateur d’une grande association/);
  });
});

/** Text of a page's `<main>` with tags removed without adding spaces, as it reads, hidden text included. */
function inlineText(path: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(builtHtml(path))?.[0] ?? '';
  return main.replace(/<(style|script)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, '').replace(/&[a-z]+;|&#\d+;/g, ' ');
}

test('no English charter page prints a space before a colon or a semicolon', () => {
  const offending = paths
    .filter((p) => p.startsWith('en/charter/'))
    .flatMap((p) => [...inlineText(p).matchAll(/.{0,30}[ \u00a0\u202f][:;](?!\/).{0,20}/g)].map((m) => `${p} : ${m[0].replace(/\s+/g, ' ')}`));
  expect(offending).toEqual([]);
});

test.each([
  ['guide/objectifs-et-remuneration/', /sauf événement exceptionnel|à vérifier\)/],
  ['en/guide/objectives-and-pay/', /except for an exceptional event|to be checked\)/],
])('%s states the settled case law, the leading cases and the rules the page used to omit', (path, withdrawn) => {
  const text = mainText(path);
  expect(text).not.toMatch(withdrawn);
  for (const cited of ['22-22.709', '22-11.442', '08-44.977', '01-44.192', '16-20.426', '00-13.111', 'L. 1331-2', 'L. 2312-8']) expect(text, cited).toContain(cited);
});
