/**
 * Charter 1.1's « what changed » page, the companies' charter (same structure as the
 * salesperson's: anchors, article pages, share links, images, versions, print) and its adoption
 * kit (committee document, workshop, dilemma cards), in both languages.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

interface Article {
  number: number;
  title: string;
  do: string[];
  law: unknown[];
}
interface Change {
  version: string;
  details: { articles: number[]; text: string }[];
}
const read = <T>(file: string) => parse(readFileSync(file, 'utf8')) as T;
const salesperson = read<{ version: string; changelog: Change[] }>('content/charte/fr/charte.yaml');
const companies = read<{ title: string; version: string; articles: Article[] }>('content/charte/fr/entreprises.yaml');
const kit = read<{ dilemmas: { id: string; title: string; salesperson: number[]; company: number[]; climate: string }[]; adoption: { decisions: unknown[]; signatories: string[] } }>(
  'content/charte/fr/kit-entreprises.yaml',
);
const current = salesperson.changelog[0]!;
const slug = current.version.replace('.', '-');

test('la page « ce qui a changé » explique chaque changement de la version et renvoie aux articles concernés', async ({ page }) => {
  await page.goto(`charte/versions/${slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Version ${current.version}`);
  await expect(page.locator('.details > li')).toHaveCount(current.details.length);
  for (const n of new Set(current.details.flatMap((d) => d.articles))) {
    await expect(page.locator(`.details a[href$="/charte/article-${n}/"]`).first()).toBeVisible();
  }
  await page.goto('charte/versions/');
  await page.getByRole('link', { name: `Ce qui a changé dans la version ${current.version}` }).click();
  await expect(page).toHaveURL(new RegExp(`/charte/versions/${slug}/$`));
});

test('la version anglaise de « ce qui a changé » existe et renvoie aux articles anglais', async ({ page }) => {
  await page.goto(`en/charter/versions/${slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Version ${current.version}: what changed`);
  await expect(page.locator('.details a[href*="/en/charter/article-"]').first()).toBeVisible();
});

test('la charte des entreprises a ses articles numérotés sous des ancres stables, et chacun sa page', async ({ page }) => {
  await page.goto('charte/entreprises/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(companies.title);
  const hrefs = await page.getByRole('navigation', { name: 'Sommaire' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['#preambule', ...companies.articles.map((a) => `#article-${a.number}`), '#sur-papier']);
  await expect(page.locator('article[id^="article-"]')).toHaveCount(companies.articles.length);
  await expect(page.getByText(`Version ${companies.version} du`).first()).toBeVisible();
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/charte\/entreprises\.png$/);
  await expect(page.getByRole('link', { name: 'Historique des versions' })).toHaveAttribute('href', /\/charte\/entreprises\/versions\/$/);
});

for (const article of companies.articles) {
  test(`la page de l’article ${article.number} de la charte des entreprises a ses exemples, sa loi, ses liens de partage et son image`, async ({ page, request }) => {
    await page.goto(`charte/entreprises/article-${article.number}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Article ${article.number}`);
    await expect(page.locator('#a-faire + ul > li')).toHaveCount(article.do.length);
    await expect(page.locator('#loi + dl dt')).toHaveCount(article.law.length);
    const share = page.getByRole('group', { name: 'Partager cet article' });
    const address = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(address).toMatch(new RegExp(`/charte/entreprises/article-${article.number}/$`));
    await expect(share.locator('a[data-network="linkedin"]')).toHaveAttribute('href', `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(address)}`);
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(image).toMatch(new RegExp(`/og/charte/entreprises-article-${article.number}\\.png$`));
    const png = await request.get(new URL(image).pathname.replace(/^\//, ''));
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
  });
}

test('la charte des entreprises renvoie à la vue d’équipe pour examiner le climat commercial', async ({ page }) => {
  await page.goto('charte/entreprises/article-7/');
  await expect(page.getByRole('link', { name: /La vue d’équipe/ })).toHaveAttribute('href', /\/diagnostic\/equipe\/$/);
});

test('la charte des entreprises imprimée se termine par un bloc de signature au nom de l’entreprise', async ({ page }) => {
  await page.goto('charte/entreprises/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Engagement du signataire' })).toBeVisible();
  await expect(page.getByText(/Au nom de l’entreprise, je déclare adopter/)).toBeVisible();
  await expect(page.locator('.signature dt').filter({ hasText: 'Fonction' })).toBeVisible();
});

test('la charte du commercial mène à la charte des entreprises, et l’anglais a sa jumelle', async ({ page }) => {
  await page.goto('charte/');
  await page.getByRole('link', { name: 'La charte des entreprises' }).click();
  await expect(page).toHaveURL(/\/charte\/entreprises\/$/);
  await page.goto('en/charter/companies/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Companies’ Sales Ethics Charter');
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', /\/charte\/entreprises\/$/);
});

test('le document d’adoption liste les décisions avec responsable et échéance, les engagements et les signatures, sans JavaScript', async ({ page }) => {
  await page.goto('charte/entreprises/adopter/');
  await expect(page.locator('.decisions > li')).toHaveCount(kit.adoption.decisions.length);
  await expect(page.locator('.decisions > li').first().locator('dt')).toHaveText(['Responsable', 'Échéance']);
  await expect(page.locator('.commitments li')).toHaveCount(companies.articles.length);
  await expect(page.locator('.sign-grid > dl')).toHaveCount(kit.adoption.signatories.length);
  expect(await page.locator('script').count()).toBe(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Signatures' })).toBeVisible();
});

test('l’atelier donne une carte par dilemme, sans dévoiler le climat, et un guide qui relie chaque carte à ses articles et à son climat', async ({ page }) => {
  await page.goto('charte/entreprises/atelier/');
  const cards = page.locator('.card');
  await expect(cards).toHaveCount(kit.dilemmas.length);
  await expect(cards.first()).not.toContainText('Climat');
  const guide = page.locator('.guide > ol > li');
  await expect(guide).toHaveCount(kit.dilemmas.length);
  for (const [i, dilemma] of kit.dilemmas.entries()) {
    const entry = guide.nth(i);
    await expect(entry.getByRole('link', { name: dilemma.title })).toHaveAttribute('href', `#dilemme-${dilemma.id}`);
    for (const n of dilemma.salesperson) await expect(entry.locator(`a[href$="/charte/article-${n}/"]`)).toHaveCount(1);
    for (const n of dilemma.company) await expect(entry.locator(`a[href$="/charte/entreprises/article-${n}/"]`)).toHaveCount(1);
    await expect(entry.locator(`a[href$="/ethique/#${dilemma.climate}"]`)).toHaveCount(1);
  }
  expect(await page.locator('script').count()).toBe(0);
  await page.emulateMedia({ media: 'print' });
  await expect(cards.first()).toBeVisible();
  expect(await cards.first().evaluate((card) => getComputedStyle(card).breakInside)).toBe('avoid');
});

test('l’atelier et le document d’adoption ont leurs jumeaux anglais', async ({ page }) => {
  await page.goto('en/charter/companies/workshop/');
  await expect(page.locator('.card')).toHaveCount(kit.dilemmas.length);
  await expect(page.locator('.guide a[href$="/en/ethics/#respect"]').first()).toBeVisible();
  await page.goto('en/charter/companies/adopt/');
  await expect(page.locator('.decisions > li').first().locator('dt')).toHaveText(['Owner', 'Deadline']);
});
