/**
 * The English edition (issue 7), read from the built files: every page has its twin and a switcher
 * that leads there and back, `hreflang` and `og:locale` say so, the sitemap lists both languages,
 * and no French string reaches an English page. The switcher's keyboard use and English results
 * need a browser: tests/e2e/i18n.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { basePath, distDir, languageOf, sitemapPaths } from '../support/dist';
import { fileOf } from '../support/page-assets';
import { frenchIn, phrases } from '../support/french-phrases';
import { ui } from '../support/site-data';
import { LOCALES } from '../../src/lib/locale';

const paths = sitemapPaths();
const isEnglish = (path: string) => languageOf(path) === 'en';
const html = (path: string) => readFileSync(fileOf(distDir, path), 'utf8');
const attr = (source: string, pattern: RegExp) => pattern.exec(source)?.[1];

/** The page's switcher target and alternates, read from its built HTML (paths without base, like the sitemap's). */
function languageLinks(path: string) {
  const source = html(path);
  const switcher = attr(source, /<nav class="language"[^>]*>\s*<a href="([^"]+)"/);
  const alternates = Object.fromEntries([...source.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(m[2]!).pathname]));
  return {
    lang: attr(source, /<html lang="([^"]+)"/),
    ogLocale: attr(source, /<meta property="og:locale" content="([^"]+)"/),
    switcher: switcher && new URL(switcher, 'https://site.test/').pathname,
    alternates,
  };
}

const relative = (pathname: string) => pathname.slice(basePath.length);

test('chaque page a sa jumelle : le sélecteur de langue y mène et en revient, hreflang et og:locale concordent', () => {
  const problems: string[] = [];
  for (const path of paths) {
    const links = languageLinks(path);
    const english = isEnglish(path);
    const locale = LOCALES[english ? 'en' : 'fr'];
    if (links.lang !== locale.tag) problems.push(`/${path} : lang="${links.lang}"`);
    if (links.ogLocale !== locale.og) problems.push(`/${path} : og:locale ${links.ogLocale}`);
    if (!links.switcher) {
      problems.push(`/${path} : pas de sélecteur de langue`);
      continue;
    }
    const twin = relative(links.switcher);
    if (isEnglish(twin) === english) problems.push(`/${path} : le sélecteur reste dans la même langue (${twin})`);
    if (!paths.includes(twin)) {
      problems.push(`/${path} : la jumelle /${twin} n’est pas dans le plan du site`);
      continue;
    }
    const back = languageLinks(twin).switcher;
    if (back === undefined || relative(back) !== path) problems.push(`/${path} → /${twin} → ${back ?? 'rien'} : pas d’aller-retour`);
    const own = locale.tag;
    const other = LOCALES[english ? 'fr' : 'en'].tag;
    if (links.alternates[own] === undefined || relative(links.alternates[own]) !== path) problems.push(`/${path} : hreflang ${own} absent ou faux`);
    if (links.alternates[other] === undefined || relative(links.alternates[other]) !== twin) problems.push(`/${path} : hreflang ${other} ne désigne pas /${twin}`);
    if (links.alternates['x-default'] === undefined) problems.push(`/${path} : hreflang x-default absent`);
  }
  expect(problems).toEqual([]);
});

test('la charte anglaise se présente comme une traduction du texte français de référence', () => {
  const note = (lang: 'fr' | 'en') => ui(lang)('charter.language.note');
  const escaped = note('en').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [path, french] of [
    ['en/charter/', 'charte/'],
    ['en/charter/article-3/', 'charte/article-3/'],
  ]) {
    expect(html(path)).toMatch(new RegExp(`${escaped} <a href="[^"]*/${french}" hreflang="fr"`));
  }
  expect(html('charte/')).toContain(note('fr'));
});

test('le plan du site liste les deux langues, autant de pages de chaque côté', () => {
  const english = paths.filter(isEnglish);
  expect(english.length).toBeGreaterThan(30);
  expect(english.length).toBe(paths.length - english.length);
});

test('aucune chaîne française de l’interface ni des données sur une page anglaise, islands et données JSON comprises', () => {
  expect(phrases.length).toBeGreaterThan(500);
  const found: string[] = [];
  for (const path of paths.filter(isEnglish)) {
    // Text, attributes (island props are JSON in an attribute) and script data, entities decoded.
    const text = html(path)
      .replace(/[<>]/g, ' ')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    for (const phrase of frenchIn(text)) found.push(`/${path} : « ${phrase} »`);
  }
  expect(found).toEqual([]);
});

