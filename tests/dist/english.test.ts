/**
 * The English edition reads as one British English text (issue 26), checked on every built English
 * page: its words (text, attributes read aloud, the islands' data), not its markup.
 * - spelling: no American form of the pairs in tests/support/en-spelling.ts, dates day first;
 * - vocabulary: no variant listed in the term base (content/i18n/terms.yaml), calques included;
 * - spacing: no space before `:`, `;`, `?` or `!` (French spacing printed in English);
 * - quotes: typographic apostrophes and quotation marks, in the texts from JSON and YAML too.
 * Bibliographic references keep the spelling and words of the works they cite.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { distDir, languageOf, sitemapPaths } from '../support/dist';
import { americanFormsIn } from '../support/en-spelling';
import { fileOf } from '../support/page-assets';
import { pageText, type TextLine } from '../support/page-text';
import { loadTermBase, termVariantsIn } from '../support/term-base';
import { LOCALES } from '../../src/lib/locale';

const english = sitemapPaths().filter((path) => languageOf(path) === 'en');
const pages = english.map((path) => ({ path, html: readFileSync(fileOf(distDir, path), 'utf8') }));
const texts = pages.map(({ path, html }) => ({ path, lines: pageText(html) }));

const excerpt = (text: string, at: number, length: number) => text.slice(Math.max(0, at - 40), at + length + 40).trim();

/** One report line per finding, « /en/page/ : what — « context » », the same finding on many pages counted once per page. */
function report(find: (line: TextLine) => { what: string; at: number; length: number }[], keep: (line: TextLine) => boolean = () => true): string[] {
  const found = new Set<string>();
  for (const { path, lines } of texts) {
    for (const line of lines.filter(keep)) for (const f of find(line)) found.add(`/${path} : ${f.what} — « ${excerpt(line.text, f.at, f.length)} »`);
  }
  return [...found];
}

test('les pages anglaises déclarent l’anglais britannique, dans <html lang> et og:locale', () => {
  expect(english.length).toBeGreaterThan(30);
  for (const { path, html } of pages) {
    expect(/<html lang="([^"]+)"/.exec(html)?.[1], path).toBe('en-GB');
    expect(/<meta property="og:locale" content="([^"]+)"/.exec(html)?.[1], path).toBe('en_GB');
  }
  expect(LOCALES.en.intl).toBe('en-GB');
});

test('orthographe britannique : aucune forme américaine (organize, behavior, license, program, center…), dates jour-mois-année', () => {
  const findings = report(
    (line) =>
      americanFormsIn(line.text).map((f) => {
        const at = line.text.indexOf(f.found);
        return { what: `${f.found} (${f.pair})`, at, length: f.found.length };
      }),
    (line) => !line.cited,
  );
  expect(findings).toEqual([]);
});

test('base terminologique : aucune variante écartée ni calque du français (content/i18n/terms.yaml)', () => {
  const terms = loadTermBase();
  expect(terms.length).toBeGreaterThan(15);
  const findings = report(
    (line) =>
      termVariantsIn(line.text, terms).map((f) => ({ what: `${f.found} → ${f.use}`, at: line.text.indexOf(f.found), length: f.found.length })),
    (line) => !line.cited,
  );
  expect(findings).toEqual([]);
});

test('ponctuation anglaise : pas d’espace avant « : », « ; », « ? » ou « ! »', () => {
  const findings = report((line) =>
    [...line.text.matchAll(/(?<=\S)[\s\u00A0\u202F]+[:;?!]/gu)].map((m) => ({ what: `espace avant « ${m[0].trim()} »`, at: m.index, length: m[0].length })),
  );
  expect(findings).toEqual([]);
});

test('apostrophes et guillemets typographiques dans les textes anglais, ceux des JSON et YAML compris', () => {
  // A string of the islands' data that holds markup (an SVG drawing) is code, not text.
  const findings = report(
    (line) => [...line.text.matchAll(/['"]/g)].map((m) => ({ what: `${m[0]} droit`, at: m.index, length: 1 })),
    (line) => !(line.source === 'data' && /<[a-z]/i.test(line.text)),
  );
  expect(findings).toEqual([]);
});
