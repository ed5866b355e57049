import { expect, test } from '@playwright/test';
import { rawDictionary, searchCount, uiPattern, uiText } from '../support/site-data';

/** The interface strings as the search pages show them (typography applied, spaces folded). */
const t = uiText('fr');
const en = uiText('en');
/** The status line counting results for `query`. */
const counted = (query: string, lang: 'fr' | 'en' = 'fr') => searchCount(lang, query);

async function search(page: import('@playwright/test').Page, query: string) {
  await page.goto(`recherche/?q=${encodeURIComponent(query)}`);
  const status = page.getByRole('status');
  await expect(status).toContainText(new RegExp(`${counted(query).source}|${uiPattern('fr', 'search.none').source}`));
  return page.locator('#search-results > li');
}

test('« equipe » sans accent trouve les pages qui parlent d’équipe', async ({ page }) => {
  const results = await search(page, 'equipe');
  expect(await results.count()).toBeGreaterThan(0);
  await expect(results.first().locator('mark').first()).toHaveText(/équipe/i);
});

test('« engagement » trouve des résultats dont les liens s’ouvrent', async ({ page }) => {
  const results = await search(page, 'engagement');
  expect(await results.count()).toBeGreaterThan(0);
  await expect(page.getByRole('status')).toHaveText(counted('engagement'));
  // The page's own link comes first, then links to its matching sections.
  const link = results.first().getByRole('link').first();
  await expect(results.first().locator('.section')).toHaveText(uiPattern('fr', 'search.section'));
  const href = await link.getAttribute('href');
  const response = await page.goto(href!);
  expect(response?.status()).toBe(200);
});

test('« oeuvre » trouve « œuvre »', async ({ page }) => {
  const results = await search(page, 'oeuvre');
  expect(await results.count()).toBeGreaterThan(0);
  await expect(results.first().locator('mark').first()).toHaveText(/œuvre/i);
});

test('la page garde l’adresse en phase avec la requête et annonce le nombre de résultats', async ({ page }) => {
  await page.goto('recherche/');
  await page.getByLabel(t('search.label')).last().fill('charte');
  await expect(page).toHaveURL(/\?q=charte$/);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`${counted('charte').source}|${uiPattern('fr', 'search.none').source}`));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = page.locator('#search-results a:focus');
  if (await focused.count()) {
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  }
});

test('une requête sans résultat le dit en français', async ({ page }) => {
  await search(page, 'zzzxqw');
  await expect(page.getByRole('status')).toHaveText(t('search.none', { query: 'zzzxqw' }));
});

test('chaque page du guide, de l’éthique et « à propos » se trouve par un mot de son titre, dans sa langue', async ({ page }) => {
  test.setTimeout(120_000);
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith('.mdx') ? [join(dir, name)] : []));
  // content/pages/<lang>/<section>/<name>.mdx → its route: English sections and `segment` names (src/lib/routes.ts).
  const sections: Record<string, string> = { guide: 'guide', ethique: 'ethics', 'a-propos': 'about' };
  /** For each language, each word asked once, and the pages it must find. */
  const wanted = { fr: new Map<string, string[]>(), en: new Map<string, string[]>() };
  for (const file of files('content/pages')) {
    const source = readFileSync(file, 'utf8');
    const title = /^title:\s*"?(.+?)"?\s*$/m.exec(source)![1]!;
    const word = title.split(/[^\p{L}\d]+/u).sort((a, b) => b.length - a.length)[0]!;
    const [lang, section, ...rest] = file.replace(/^content\/pages\//, '').replace(/\.mdx$/, '').split('/');
    // A folder's index.mdx is the folder's own page (`guide/outils/index.mdx` → /guide/outils/).
    const path = rest.join('/').replace(/(^|\/)index$/, '');
    const segment = /^segment:\s*(\S+)/m.exec(source)?.[1];
    const name = segment ? `${segment}/` : path ? `${path}/` : '';
    const route = lang === 'en' ? `/en/${sections[section!]}/${name}` : `/${section}/${name}`;
    const words = wanted[lang as 'fr' | 'en'];
    words.set(word, [...(words.get(word) ?? []), route]);
  }
  const missing: string[] = [];
  for (const lang of ['fr', 'en'] as const) {
    // One visit per language, the words typed one after the other as a reader would: the engine loads once.
    await page.goto(lang === 'en' ? 'en/search/' : 'recherche/');
    const input = page.locator('#search-input');
    for (const [word, routes] of wanted[lang]) {
      await input.fill(word);
      const none = uiText(lang)('search.none', { query: word }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      await expect(page.getByRole('status')).toContainText(new RegExp(`${searchCount(lang, word).source}|${none}`));
      const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const route of routes) if (!hrefs.some((href) => href.endsWith(route))) missing.push(`${route} (« ${word} »)`);
      // One index per language: an English search never lists a French page, and the reverse.
      const foreign = hrefs.filter((href) => href.includes('/en/') !== (lang === 'en'));
      if (foreign.length > 0) missing.push(`${lang} « ${word} » : ${foreign.join(', ')}`);
    }
  }
  expect(missing).toEqual([]);
});

test('un filtre de rubrique restreint les résultats à cette rubrique, et l’adresse le garde', async ({ page }) => {
  const paths = async () => page.locator('#search-results > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  await search(page, 'engagement');
  const all = await paths();
  expect(all.some((p) => p.includes('/guide/'))).toBe(true);
  expect(all.some((p) => !p.includes('/ethique/'))).toBe(true);
  await page.getByRole('radio', { name: t('search.filter.ethique') }).check();
  await expect(page).toHaveURL(/rubrique=ethique/);
  await expect.poll(async () => (await paths()).length).toBeGreaterThan(0);
  await expect.poll(async () => (await paths()).every((p) => p.includes('/ethique/'))).toBe(true);
  await expect(page.getByRole('status')).toHaveText(counted('engagement'));
  // Opened from its address, the page restores the filter.
  await page.goto('recherche/?q=engagement&rubrique=guide');
  await expect(page.getByRole('radio', { name: t('search.filter.guide') })).toBeChecked();
  await expect.poll(async () => (await paths()).length).toBeGreaterThan(0);
  expect((await paths()).every((p) => p.includes('/guide/'))).toBe(true);
});

test('une recherche sur le titre d’une section mène à cette section (#ancre)', async ({ page }) => {
  await search(page, 'expérimenter');
  const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => u.pathname + u.hash));
  expect(hrefs).toContain('/guide/manager-leader/#experimentation');
  await page.locator('#search-results a[href$="#experimentation"]').first().click();
  await expect(page).toHaveURL(/\/guide\/manager-leader\/#experimentation$/);
  await expect(page.locator('#experimentation')).toBeInViewport();
});

test('en anglais aussi : filtres nommés en anglais et sections par titre', async ({ page }) => {
  await page.goto('en/search/?q=satisfaction');
  await expect(page.getByRole('status')).toContainText(counted('satisfaction', 'en'));
  // One filter per section, and « all ».
  const filters = Object.keys(rawDictionary('en')).filter((key) => key.startsWith('search.filter.') && key !== 'search.filter.legend');
  await expect(page.getByRole('group', { name: en('search.filter.legend') }).getByRole('radio')).toHaveCount(filters.length);
  await expect(page.getByRole('radio', { name: en('search.filter.autodiagnostics') })).toBeVisible();
  const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => u.pathname + u.hash));
  expect(hrefs).toContain('/en/guide/engagement/#satisfaction');
});

test('un mot que le site n’emploie jamais ne trouve rien, dans les deux langues', async ({ page }) => {
  // « MEDDIC » is no longer one: the pipeline check and its sheets use MEDDICC, which it rightly finds.
  for (const word of ['photosynthèse', 'kubernetes', 'zeppelin', 'Medef', 'engagement kubernetes']) {
    await page.goto(`recherche/?q=${encodeURIComponent(word)}`);
    await expect(page.getByRole('status'), word).toHaveText(t('search.none', { query: word }));
    await expect(page.locator('#search-results > li'), word).toHaveCount(0);
  }
  for (const word of ['photosynthesis', 'kubernetes', 'zeppelin']) {
    await page.goto(`en/search/?q=${encodeURIComponent(word)}`);
    await expect(page.getByRole('status'), word).toHaveText(en('search.none', { query: word }));
  }
  // A word the site does use still finds its pages, plurals and accents aside.
  await search(page, 'commerciaux');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await search(page, 'MEDDICC');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
});

test('les sections d’un résultat ne répètent pas l’extrait de la page', async ({ page }) => {
  const { sameExcerpt } = await import('../../src/lib/search-query');
  for (const query of ['éthique', 'engagement', 'délégation']) {
    const results = await search(page, query);
    expect(await results.count(), query).toBeGreaterThan(0);
    const pairs = await results.evaluateAll((items) =>
      items.flatMap((item) => {
        const own = item.querySelector(':scope > p')?.innerHTML ?? '';
        return [...item.querySelectorAll('.sub p')].map((p) => [own, p.innerHTML] as const);
      }),
    );
    expect(pairs.filter(([own, sub]) => sameExcerpt(own, sub)), query).toEqual([]);
  }
});

test('les fiches de la boîte à outils portent la rubrique « Outils »', async ({ page }) => {
  await search(page, 'délégation');
  const tool = page.locator('#search-results > li', { has: page.locator('a[href$="/guide/outils/delegation/"]') });
  await expect(tool.locator('.section')).toHaveText(t('search.section', { section: t('search.filter.outils') }));
});

test('« éthique » place la charte parmi les premiers résultats', async ({ page }) => {
  await search(page, 'éthique');
  const first = await page.locator('#search-results > li > a').evaluateAll((links) => links.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(first).toContain('/charte/');
});
