/**
 * Byte budgets, read from the built files (no clock):
 * - content pages ship no JavaScript at all;
 * - each page's HTML plus its CSS fits in 14 KB gzip, the first round trip of a new connection;
 * - a page that does ship JavaScript (assessments, team view, charter…) loads at most 20 KB gzip of it,
 *   modules imported on demand included;
 * - the search page has its own budget, measured in the browser because Pagefind is loaded by a
 *   computed address: its code (JavaScript, worker and WebAssembly) and everything one search downloads;
 * - nothing blocks the first render: no web font, no @import chain, no classic blocking script,
 *   and every image has its dimensions.
 * Sizes of every page are printed by `npm run sizes`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { basePath, distDir } from './site';
import { gzipSync } from 'node:zlib';
import { builtPages, htmlAndCssGzip, javascriptGzip, pageAssets } from '../support/page-assets';

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

/**
 * The search page's code: its own script, then Pagefind's module, its worker and its WebAssembly engine
 * (stored compressed, so counted as stored). A separate budget from the 20 KB of the other interactive
 * pages, stated in the README: a search engine that runs in the reader's browser costs that much.
 */
const SEARCH_CODE_BUDGET = 96 * KB;
/** Everything one search for a common word downloads after the page: code, index and result excerpts. */
const SEARCH_TOTAL_BUDGET = 256 * KB;

for (const [path, query] of [
  ['recherche/', 'engagement'],
  ['en/search/', 'engagement'],
] as const) {
  test(`budget : une recherche sur /${path} télécharge au plus ${SEARCH_CODE_BUDGET / KB} Ko de code et ${SEARCH_TOTAL_BUDGET / KB} Ko en tout`, async ({ page }) => {
    const downloads: { file: string; kind: 'code' | 'data'; bytes: number }[] = [];
    page.on('response', async (response) => {
      const { pathname } = new URL(response.url());
      const body = await response.body().catch(() => Buffer.alloc(0));
      const precompressed = /\.(pagefind|pf_\w+)$/.test(pathname);
      const bytes = precompressed ? body.length : gzipSync(body, { level: 9 }).length;
      const code = response.request().resourceType() === 'script' || /\/wasm\.[\w-]+\.pagefind$/.test(pathname) || pathname.endsWith('.js');
      downloads.push({ file: pathname, kind: code ? 'code' : 'data', bytes });
    });
    await page.goto(`${path}?q=${query}`);
    await expect(page.locator('#search-results li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const sum = (kind?: 'code' | 'data') => downloads.filter((d) => !kind || d.kind === kind).reduce((n, d) => n + d.bytes, 0);
    const report = downloads.map((d) => `${d.bytes}\t${d.kind}\t${d.file}`).join('\n');
    test.info().annotations.push({ type: 'octets', description: report });
    expect(downloads.some((d) => d.file.endsWith('pagefind.js')), 'Pagefind est chargé').toBe(true);
    expect(downloads.some((d) => /\/wasm\.\w+\.pagefind$/.test(d.file)), 'son moteur WebAssembly est compté').toBe(true);
    expect(sum('code'), `code de la recherche :\n${report}`).toBeLessThanOrEqual(SEARCH_CODE_BUDGET);
    expect(sum(), `tout ce qu'une recherche télécharge :\n${report}`).toBeLessThanOrEqual(SEARCH_TOTAL_BUDGET);
  });
}
