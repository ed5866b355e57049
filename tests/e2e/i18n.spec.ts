/**
 * The English edition (issue 7): every page has its twin and a switcher that leads there and
 * back, `hreflang` and `og:locale` say so, the sitemap lists both languages, no French string
 * reaches an English page, and result codes do not depend on the language.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { axeViolations, distDir, sitemapPaths } from './site';
import { fileOf } from '../support/page-assets';
import { encodeResult } from '../../src/lib/result-code';
import { completeByKeyboard, loadInstrument, openAssessment, resultCode, resultsTable } from './diagnostic-support';

const paths = sitemapPaths();
const isEnglish = (path: string) => path === 'en/' || path.startsWith('en/');
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

const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
const relative = (pathname: string) => pathname.slice(base.length);

test('chaque page a sa jumelle : le sélecteur de langue y mène et en revient, hreflang et og:locale concordent', () => {
  const problems: string[] = [];
  for (const path of paths) {
    const links = languageLinks(path);
    const english = isEnglish(path);
    if (links.lang !== (english ? 'en' : 'fr')) problems.push(`/${path} : lang="${links.lang}"`);
    if (links.ogLocale !== (english ? 'en_US' : 'fr_FR')) problems.push(`/${path} : og:locale ${links.ogLocale}`);
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
    const own = english ? 'en' : 'fr';
    const other = english ? 'fr' : 'en';
    if (links.alternates[own] === undefined || relative(links.alternates[own]) !== path) problems.push(`/${path} : hreflang ${own} absent ou faux`);
    if (links.alternates[other] === undefined || relative(links.alternates[other]) !== twin) problems.push(`/${path} : hreflang ${other} ne désigne pas /${twin}`);
    if (links.alternates['x-default'] === undefined) problems.push(`/${path} : hreflang x-default absent`);
  }
  expect(problems).toEqual([]);
});

test('la charte anglaise se présente comme une traduction du texte français de référence', () => {
  for (const path of ['en/charter/', 'en/charter/article-3/']) {
    expect(html(path)).toMatch(/This English text is a translation of the charter; the French text is the reference version\. <a href="[^"]*\/charte\/(article-3\/)?" hreflang="fr"/);
  }
  expect(html('charte/')).toContain('Ce texte français est la version de référence de la charte.');
});

test('le plan du site liste les deux langues, autant de pages de chaque côté', () => {
  const english = paths.filter(isEnglish);
  expect(english.length).toBeGreaterThan(30);
  expect(english.length).toBe(paths.length - english.length);
});

test('le sélecteur de langue fait l’aller-retour au clavier et garde la page', async ({ page }) => {
  for (const [french, english] of [
    ['guide/relation-client/', 'en/guide/customer-relationship/'],
    ['charte/article-3/', 'en/charter/article-3/'],
    ['diagnostic/climat-ethique/', 'en/assessment/ethical-climate/'],
  ] as const) {
    await page.goto(french);
    const toEnglish = page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'English' });
    await toEnglish.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${english}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(new RegExp(`/${french}$`));
  }
});

/** Lower-case words between single spaces (with one at each end): punctuation, quotes, entities' leftovers and spaces of either language ignored. */
const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/**
 * French texts a reader must never meet on an English page: every UI string, questionnaire text,
 * charter text and readiness rule of the French files, split at their placeholders, as runs of at
 * least four words (shorter runs, such as « Manager-leader » or « Engagement », and formulas are
 * the same in both languages).
 */
function frenchPhrases(): string[] {
  const strings: string[] = [];
  // Addresses and the names of French laws (quoted as such in English: « French Commercial Code (Code de commerce) ») are not prose.
  const notProse = new Set(['href', 'guide', 'ref']);
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.entries(value).forEach(([key, v]) => notProse.has(key) || collect(v));
  };
  const english = Object.assign({}, ...readdirSync('content/i18n/en').map((f) => JSON.parse(readFileSync(join('content/i18n/en', f), 'utf8')) as Record<string, string>)) as Record<string, string>;
  for (const file of readdirSync('content/i18n/fr')) {
    for (const [key, value] of Object.entries(JSON.parse(readFileSync(join('content/i18n/fr', file), 'utf8')) as Record<string, string>)) {
      if (english[key] !== value) collect(value);
    }
  }
  for (const file of readdirSync('content/diagnostics').filter((f) => f.endsWith('.json'))) collect(JSON.parse(readFileSync(join('content/diagnostics', file), 'utf8')));
  for (const file of readdirSync('content/charte/fr')) collect(parse(readFileSync(join('content/charte/fr', file), 'utf8')));
  collect(parse(readFileSync('content/readiness/regles.yaml', 'utf8')));
  const runs = strings.flatMap((s) => s.split(/\{\w+\}/)).map(words);
  return [...new Set(runs.filter((run) => run.split(' ').filter((w) => /\p{L}{2}/u.test(w)).length >= 4))];
}

const phrases = frenchPhrases();

/** The French phrases found in `text`. */
const frenchIn = (text: string) => {
  const found = words(text);
  return phrases.filter((phrase) => found.includes(phrase)).map((phrase) => phrase.trim());
};

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

test('un code obtenu en français ouvre les mêmes scores en anglais, et la vue d’équipe anglaise lit les codes', async ({ page }) => {
  test.setTimeout(120_000);
  const engagement = loadInstrument('engagement');
  await openAssessment(page, 'engagement');
  await completeByKeyboard(page, engagement, '4');
  const code = await resultCode(page);
  const french = Object.values(await resultsTable(page));

  await page.goto(`en/assessment/engagement/#r=${code}`);
  await expect(page.locator('.assessment[data-ready]')).toHaveCount(1);
  expect(Object.values(await resultsTable(page))).toEqual(french);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(frenchIn(await page.locator('main').innerText())).toEqual([]);
  expect(await axeViolations(page), 'résultats en anglais').toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // Five codes made in either language (they are the same codes) pass the English team page's threshold.
  const { code: letter, version } = JSON.parse(readFileSync('content/diagnostics/engagement.json', 'utf8')) as { code: string; version: number };
  const spec = { id: 'engagement', code: letter, version, dimensions: engagement.dimensions.length };
  const codes = [code, ...[20, 40, 60, 80].map((s) => encodeResult(spec, engagement.dimensions.map((_, i) => (s + i * 3) % 101)))];
  await page.goto('en/assessment/team/');
  await expect(page.locator('.team[data-ready="true"]')).toBeVisible();
  await page.locator('#team-codes').fill(codes.join('\n'));
  await expect(page.locator('.team table').first()).toBeVisible();
  await expect(page.locator('.team')).toContainText('5');
  expect(frenchIn(await page.locator('main').innerText())).toEqual([]);
  expect(await axeViolations(page), 'vue d’équipe en anglais').toEqual([]);
});
