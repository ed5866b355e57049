/**
 * Reader features (issue 15): the printable booklets of the guide and the ethics section, and the
 * glossary definitions that open in place (popover, no JavaScript).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from './site';
import { frontMatter, pageFiles } from '../support/content-pages';
import { uiText } from '../support/site-data';
import { interactivePaths } from '../support/route-table';

/** The interface strings as the pages show them, in each language. */
const t = uiText('fr');
const en = uiText('en');

/** Titles of a section's pages in reading order, read from the content files. */
function titlesInOrder(lang: string, section: string): string[] {
  return pageFiles(lang)
    .filter((f) => f.startsWith(`${section}/`))
    .map((f) => frontMatter(`content/pages/${lang}/${f}`))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'fr'))
    .map((p) => p.title);
}

const normalize = (s: string) => s.replace(/[\s\u00A0\u202F]+/g, ' ').replace(/[’']/g, "'").trim();

for (const [path, lang, section] of [
  ['guide/livret/', 'fr', 'guide'],
  ['ethique/livret/', 'fr', 'ethique'],
  ['en/guide/booklet/', 'en', 'guide'],
  ['en/ethics/booklet/', 'en', 'ethique'],
] as const) {
  test(`livret /${path} : toutes les pages de la rubrique dans l’ordre, ancres uniques, liens internes au livret`, async ({ page }) => {
    await page.goto(path);
    const expected = titlesInOrder(lang, section);
    const chapters = (await page.locator('.chapter > h2').allTextContents()).map(normalize);
    expect(chapters).toEqual(expected.map(normalize));
    // The table of contents lists and links every chapter.
    const contents = page.locator('nav.contents a');
    await expect(contents).toHaveCount(expected.length);
    const audit = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      const broken = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')]
        .map((a) => a.getAttribute('href')!.slice(1))
        .filter((id) => !document.getElementById(decodeURIComponent(id)));
      const targets = [...document.querySelectorAll('[popovertarget]')].map((b) => b.getAttribute('popovertarget')!).filter((id) => !document.getElementById(id));
      return { duplicates, broken, targets, scripts: document.scripts.length, body: document.querySelectorAll('[data-pagefind-body]').length };
    });
    expect(audit).toEqual({ duplicates: [], broken: [], targets: [], scripts: 0, body: 0 });
    // Links to another page of the section stay inside the booklet, but for its interactive tools
    // (the pipeline check), which are not chapters of it.
    const sectionLinks = await page.locator('.chapter a[href]').evaluateAll(
      (links, [prefix, tools]) =>
        links.map((a) => a.getAttribute('href')!).filter((h) => new RegExp(`^/${prefix}/`).test(h) && !h.includes('/livret/') && !h.includes('/booklet/') && !tools.includes(h.slice(1))),
      [lang === 'en' ? `en/${section === 'guide' ? 'guide' : 'ethics'}` : section, interactivePaths()] as const,
    );
    expect(sectionLinks).toEqual([]);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });
}

test('livret imprimé : A4, un chapitre par page, adresses des liens imprimées', async ({ page }) => {
  await page.goto('guide/livret/');
  await page.emulateMedia({ media: 'print' });
  const style = await page.evaluate(() => {
    const chapter = document.querySelector('.chapter')!;
    const outside = document.querySelector('.chapter a[data-print]');
    return {
      breakBefore: getComputedStyle(chapter).breakBefore,
      // Each chapter is a named page: its running title is the chapter's title (@page … @top-center).
      namedPage: getComputedStyle(chapter).getPropertyValue('page') === chapter.id,
      printedAddress: outside ? getComputedStyle(outside, '::after').content : 'aucun lien',
      address: outside?.getAttribute('data-print') ?? '',
    };
  });
  expect(style.breakBefore).toBe('page');
  expect(style.namedPage).toBe(true);
  expect(style.address).toMatch(/^https:\/\/[^/]+\//);
  expect(style.printedAddress).toContain(style.address);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // A4 in points: 595 × 842.
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
});

test('« Imprimer tout le guide » depuis l’accueil du guide et ses pages ; la rubrique éthique a le sien', async ({ page }) => {
  for (const path of ['guide/', 'guide/e-mc4/']) {
    await page.goto(path);
    await page.getByRole('link', { name: t('booklet.print') }).click();
    await expect(page).toHaveURL(/\/guide\/livret\/$/);
  }
  await page.goto('ethique/');
  await expect(page.getByRole('link', { name: t('booklet.printEthics') })).toHaveAttribute('href', /\/ethique\/livret\/$/);
  await page.goto('en/guide/e-mc4/');
  await expect(page.getByRole('link', { name: en('booklet.print') })).toHaveAttribute('href', /\/en\/guide\/booklet\/$/);
});

const glossary = JSON.parse(readFileSync('content/glossary/fr.json', 'utf8')) as { terms: { id: string; short: string }[] };

test('glossaire sur place : la première occurrence ouvre la définition, au clavier, sans JavaScript', async ({ page }) => {
  await page.goto('guide/engagement/');
  expect(await page.evaluate(() => document.scripts.length)).toBe(0);
  const button = page.locator('.prose button.gloss').first();
  const id = await button.getAttribute('popovertarget');
  const term = glossary.terms.find((t) => `gl-${t.id}` === id)!;
  expect(term).toBeDefined();
  // One popover per term on the page.
  expect(await page.locator(`[popovertarget="${id}"]`).count()).toBe(1);
  const popover = page.locator(`#${id}`);
  await expect(popover).toBeHidden();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true').catch(() => undefined);
  expect(normalize((await popover.textContent()) ?? '')).toContain(normalize(term.short).slice(0, 30));
  await expect(popover.getByRole('link')).toHaveAttribute('href', new RegExp(`/guide/glossaire/#${term.id}$`));
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(button).toBeFocused();
  // The glossary page itself has none: the definitions are there in full.
  await page.goto('guide/glossaire/');
  await expect(page.locator('button.gloss')).toHaveCount(0);
});

test('glossary in place works in English too', async ({ page }) => {
  await page.goto('en/guide/engagement/');
  const button = page.locator('.prose button.gloss').first();
  await button.click();
  const popover = page.locator(`#${await button.getAttribute('popovertarget')}`);
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('link', { name: en('glossary.more') })).toHaveAttribute('href', /\/en\/guide\/glossary\/#[a-z0-9-]+$/);
});
