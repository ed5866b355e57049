/**
 * Charter 1.1's « what changed » page, the companies' charter (same structure as the
 * salesperson's: anchors, article pages, share links, images, versions, print) and its adoption
 * kit (committee document, workshop, dilemma cards), in both languages.
 */
import { expect, test } from '@playwright/test';
import { charter, companyKit, plain, uiPattern, uiText } from '../support/site-data';
import { typesetter } from '../../src/lib/typography';

const salesperson = charter('fr', 'salesperson');
const companies = charter('fr', 'company');
const kit = companyKit('fr');
const current = salesperson.changelog[0]!;
const previous = salesperson.changelog[1]!;
/** The interface strings as the pages show them (typography applied, spaces folded). */
const t = uiText('fr');
const en = uiText('en');
const slug = current.version.replace('.', '-');

test('la page « ce qui a changé » explique chaque changement de la version et renvoie aux articles concernés', async ({ page }) => {
  await page.goto(`charte/versions/${slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('charter.changes.title', { version: current.version, previous: previous.version }));
  await expect(page.locator('.details > li')).toHaveCount(current.details.length);
  for (const n of new Set(current.details.flatMap((d) => d.articles))) {
    await expect(page.locator(`.details a[href$="/charte/article-${n}/"]`).first()).toBeVisible();
  }
  await page.goto('charte/versions/');
  await page.getByRole('link', { name: t('charter.versions.whatChanged', { version: current.version }) }).click();
  await expect(page).toHaveURL(new RegExp(`/charte/versions/${slug}/$`));
});

test('la version anglaise de « ce qui a changé » existe et renvoie aux articles anglais', async ({ page }) => {
  await page.goto(`en/charter/versions/${slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('charter.changes.title', { version: current.version, previous: previous.version }));
  await expect(page.locator('.details a[href*="/en/charter/article-"]').first()).toBeVisible();
});

test('la charte des entreprises a ses articles numérotés sous des ancres stables, et chacun sa page', async ({ page }) => {
  await page.goto('charte/entreprises/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(typesetter('fr')(companies.title)));
  const hrefs = await page.getByRole('navigation', { name: t('charter.toc.title') }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['#preambule', ...companies.articles.map((a) => `#article-${a.number}`), '#sur-papier']);
  await expect(page.locator('article[id^="article-"]')).toHaveCount(companies.articles.length);
  await expect(page.getByText(new RegExp(`^${uiPattern('fr', 'charter.versionLine').source}`)).first()).toBeVisible();
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/charte\/entreprises\.png$/);
  await expect(page.getByRole('link', { name: t('charter.actions.versions') })).toHaveAttribute('href', /\/charte\/entreprises\/versions\/$/);
});

for (const article of companies.articles) {
  test(`la page de l’article ${article.number} de la charte des entreprises a ses exemples, sa loi, ses liens de partage et son image`, async ({ page, request }) => {
    await page.goto(`charte/entreprises/article-${article.number}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(t('charter.article.number', { number: article.number }));
    await expect(page.locator('#a-faire + ul > li')).toHaveCount(article.do.length);
    await expect(page.locator('#loi + dl dt')).toHaveCount(article.law.length);
    const share = page.getByRole('group', { name: t('charter.share.articleTitle') });
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
  const team = companies.articles.flatMap((article) => article.links.map((link) => ({ article, link }))).find(({ link }) => link.href === '/diagnostic/equipe/');
  expect(team, 'un article de la charte des entreprises renvoie à la vue d’équipe').toBeDefined();
  await page.goto(`charte/entreprises/article-${team!.article.number}/`);
  await expect(page.getByRole('link', { name: plain(typesetter('fr')(team!.link.label)) })).toHaveAttribute('href', /\/diagnostic\/equipe\/$/);
});

test('la charte des entreprises imprimée se termine par un bloc de signature au nom de l’entreprise', async ({ page }) => {
  await page.goto('charte/entreprises/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: t('charter.signature.title') })).toBeVisible();
  await expect(page.getByText(uiPattern('fr', 'charter.entreprises.signature.text'))).toBeVisible();
  await expect(page.locator('.signature dt').filter({ hasText: t('charter.signature.role') })).toBeVisible();
});

test('la charte du commercial mène à la charte des entreprises, et l’anglais a sa jumelle', async ({ page }) => {
  await page.goto('charte/');
  await page.getByRole('link', { name: t('charter.actions.companies') }).click();
  await expect(page).toHaveURL(/\/charte\/entreprises\/$/);
  await page.goto('en/charter/companies/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(charter('en', 'company').title));
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', /\/charte\/entreprises\/$/);
});

test('le document d’adoption liste les décisions avec responsable et échéance, les engagements et les signatures, sans JavaScript', async ({ page }) => {
  await page.goto('charte/entreprises/adopter/');
  await expect(page.locator('.decisions > li')).toHaveCount(kit.adoption.decisions.length);
  await expect(page.locator('.decisions > li').first().locator('dt')).toHaveText([t('charter.kit.owner'), t('charter.kit.deadline')]);
  await expect(page.locator('.commitments > ol > li')).toHaveCount(companies.articles.length);
  // Each commitment says how a company checks it and who answers for it.
  await expect(page.locator('.commitments > ol > li .indicators')).toHaveCount(companies.articles.length);
  await expect(page.locator('.commitments > ol > li').first()).toContainText(plain(typesetter('fr')(companies.articles[0]!.owner!)));
  // Each signatory is a heading over its lines to fill (a <dl> whose every term has its description).
  await expect(page.locator('.sign-grid > .signatory')).toHaveCount(kit.adoption.signatories.length);
  await expect(page.locator('.sign-grid .role')).toHaveText(kit.adoption.signatories.map((role) => plain(typesetter('fr')(role))));
  expect(await page.locator('.sign-grid dl > div:not(:has(dd))').count()).toBe(0);
  expect(await page.locator('script').count()).toBe(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: t('nav.label') })).toBeHidden();
  await expect(page.getByRole('heading', { name: t('charter.kit.sign') })).toBeVisible();
});

test('l’atelier donne une carte par dilemme, sans dévoiler le climat, et un guide qui relie chaque carte à ses articles et à son climat', async ({ page }) => {
  await page.goto('charte/entreprises/atelier/');
  const cards = page.locator('.card');
  await expect(cards).toHaveCount(kit.dilemmas.length);
  await expect(cards.first()).not.toContainText(t('charter.kit.card.climate'));
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
  await expect(page.locator('.decisions > li').first().locator('dt')).toHaveText([en('charter.kit.owner'), en('charter.kit.deadline')]);
});

test('chaque article de la charte des entreprises dit comment le vérifier et qui en répond', async ({ page }) => {
  for (const article of companies.articles) {
    await page.goto(`charte/entreprises/article-${article.number}/`);
    await expect(page.getByRole('heading', { name: t('charter.article.indicators') })).toBeVisible();
    await expect(page.locator('#indicateurs + ul > li')).toHaveCount(article.indicators!.length);
  }
});

test('chaque version de la charte du commercial a sa page, avec les engagements qu’elle publiait', async ({ page }) => {
  const salesperson = charter('fr', 'salesperson');
  for (const entry of salesperson.changelog) {
    await page.goto(`charte/versions/${entry.version.replace('.', '-')}/`);
    await expect(page.locator('.commitments > li')).toHaveCount(entry.commitments.length);
  }
});
