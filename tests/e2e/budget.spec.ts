/**
 * Byte budgets, read from the built files (no browser, no clock):
 * - content pages ship no JavaScript at all;
 * - each page's HTML plus its CSS fits in 14 KB gzip, the first round trip of a new connection;
 * - a page that does ship JavaScript (assessments, team view, search…) loads at most 20 KB gzip of it;
 * - nothing blocks the first render: no web font, no @import chain, no classic blocking script,
 *   and every image has its dimensions.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { basePath, distDir } from './site';
import { builtPages, gzipSize, htmlAndCssGzip, javascriptGzip, pageAssets } from '../support/page-assets';

const KB = 1024;
const HTML_CSS_BUDGET = 14 * KB;
const JS_BUDGET = 20 * KB;

/**
 * The only pages allowed to ship JavaScript: each needs it for what it does. Every other page
 * (home, guide, ethics, about, charter for buyers and versions, paper questionnaires, methodology, 404) ships none.
 */
const interactive: (string | RegExp)[] = [
  'diagnostic/engagement/',
  'diagnostic/climat-ethique/',
  'diagnostic/manager-leader/',
  'diagnostic/equipe/',
  'charte/adopter/',
  'recherche/',
  // Both charters and each article page: copy to clipboard and the native share sheet (issues 6 and 14).
  /^charte\/(entreprises\/)?(article-\d+\/)?$/,
  // The same pages of the English edition.
  'en/assessment/engagement/',
  'en/assessment/ethical-climate/',
  'en/assessment/manager-leader/',
  'en/assessment/team/',
  'en/charter/adopt/',
  'en/search/',
  /^en\/charter\/(companies\/)?(article-\d+\/)?$/,
];
const isInteractive = (path: string) => interactive.some((allowed) => (typeof allowed === 'string' ? allowed === path : allowed.test(path)));

const pages = builtPages(distDir);
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} Ko`;

test('le build contient des pages à mesurer', () => {
  expect(pages.length).toBeGreaterThan(5);
  expect(pages).toContain('');
});

for (const path of pages) {
  const assets = pageAssets(distDir, basePath, path);

  test(`budget : /${path} tient en ${HTML_CSS_BUDGET / KB} Ko gzip (HTML + CSS)`, () => {
    const size = htmlAndCssGzip(assets);
    expect(size, `/${path} : ${kb(size)} de HTML + CSS gzip`).toBeLessThanOrEqual(HTML_CSS_BUDGET);
  });

  if (isInteractive(path)) {
    test(`budget : /${path} charge au plus ${JS_BUDGET / KB} Ko gzip de JavaScript`, () => {
      const size = javascriptGzip(assets);
      expect(size, `/${path} : ${kb(size)} de JavaScript gzip (${assets.modules.length} modules)`).toBeLessThanOrEqual(JS_BUDGET);
    });
  } else {
    test(`budget : /${path} ne livre aucun JavaScript`, () => {
      const shipped = { islands: assets.islands, modules: assets.modules.map((f) => basename(f)), inlineScripts: assets.inlineScripts.length };
      expect(shipped, `/${path} : ${kb(javascriptGzip(assets))} de JavaScript gzip`).toEqual({ islands: 0, modules: [], inlineScripts: 0 });
    });
  }
}

test('les modules suivis existent tous (sinon la mesure du JavaScript serait fausse)', () => {
  const missing = pages.flatMap((path) => pageAssets(distDir, basePath, path).modules.filter((f) => !existsSync(f)));
  expect(missing).toEqual([]);
});

test('aucune police ni image ne bloque le premier affichage', () => {
  const problems: string[] = [];
  const css = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
  for (const file of css) {
    const text = readFileSync(join(distDir, file), 'utf8');
    if (/@font-face/i.test(text)) problems.push(`${file} : @font-face`);
    if (/@import/i.test(text)) problems.push(`${file} : @import (chaîne bloquante)`);
  }
  for (const path of pages) {
    const { html } = pageAssets(distDir, basePath, path);
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');
    if (/@font-face/i.test(styles)) problems.push(`/${path} : @font-face en ligne`);
    if (/@import/i.test(styles)) problems.push(`/${path} : @import en ligne`);
    for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
      if (/\sas="font"|\.(woff2?|ttf|otf)"/.test(tag)) problems.push(`/${path} : police chargée ${tag}`);
    }
    for (const [tag] of html.matchAll(/<script\b[^>]*\ssrc="[^"]*"[^>]*>/g)) {
      if (!/\stype="module"|\sdefer|\sasync/.test(tag)) problems.push(`/${path} : script bloquant ${tag}`);
    }
    for (const [tag] of html.matchAll(/<img\b[^>]*>/g)) {
      if (!/\swidth="\d+"/.test(tag) || !/\sheight="\d+"/.test(tag)) problems.push(`/${path} : image sans dimensions ${tag}`);
    }
  }
  expect(problems).toEqual([]);
});

test('relevé des tailles (pour information)', () => {
  const rows = pages.map((path) => {
    const assets = pageAssets(distDir, basePath, path);
    return `/${path} : HTML ${kb(gzipSize(assets.html))}, HTML + CSS ${kb(htmlAndCssGzip(assets))}, JS ${kb(javascriptGzip(assets))}`;
  });
  test.info().annotations.push({ type: 'tailles gzip', description: rows.join('\n') });
});
