/**
 * The charter page and its articles: anchors, share links, copy, print, share images, QR code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { distDir } from './site';
import { copied, recordClipboard } from './charter-support';
import { charter, plain, uiPattern, uiText } from '../support/site-data';
import { frenchTypography as typeset } from '../../src/lib/typography';
import { CHARTER_AREA } from '../../src/lib/charter';
import { APP_ROUTES } from '../../src/lib/routes';

/** The charter as published, read from the content: its articles and what each article page must show. */
const source = charter('fr', 'salesperson');
const content = source.articles;
const ARTICLES = content.map((article) => article.number);
const articleOf = (n: number) => content.find((article) => article.number === n)!;
/** The interface strings as the pages show them (French typography, spaces folded). */
const t = uiText('fr');

/** Returns the page's canonical address, which the share links must carry. */
async function canonical(page: Page): Promise<string> {
  return (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
}

/** Reads the width and height stored in a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('le sommaire liste le préambule et chaque article, dans l’ordre', async ({ page }) => {
  await page.goto('charte/');
  const hrefs = await page.getByRole('navigation', { name: t('charter.toc.title') }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['#preambule', ...ARTICLES.map((n) => `#article-${n}`), '#sur-papier']);
});

for (const n of ARTICLES) {
  test(`l’ancre #article-${n} fait défiler jusqu’à l’article ${n}`, async ({ page }) => {
    await page.goto(`charte/#article-${n}`);
    const article = page.locator(`#article-${n}`);
    await expect(article).toBeInViewport();
    await expect(article.getByRole('heading', { level: 2 }).first()).toContainText(t('charter.article.number', { number: n }));
    await expect(article.getByRole('link', { name: t('charter.article.detail', { number: n }) })).toHaveAttribute('href', new RegExp(`/charte/article-${n}/$`));
  });
}

test('la charte donne l’engagement et l’explication de chaque article, et renvoie le commentaire à sa page', async ({ page }) => {
  await page.goto('charte/');
  await expect(page.locator('article[id^="article-"]')).toHaveCount(ARTICLES.length);
  await expect(page.locator('#article-1 .commitment')).toContainText(plain(typeset(articleOf(1).commitment)));
  await expect(page.getByText(uiPattern('fr', 'charter.articles.detail'))).toBeVisible();
  await expect(page.getByRole('heading', { name: t('charter.article.practice') })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: t('charter.article.law') })).toHaveCount(0);
});

for (const article of content) {
  test(`la page de l’article ${article.number} montre l’engagement, les exemples « En pratique » et la loi`, async ({ page }) => {
    await page.goto(`charte/article-${article.number}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(t('charter.article.number', { number: article.number }));
    await expect(page.locator('.commitment')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: t('charter.article.practice') })).toBeVisible();
    await expect(page.locator('#a-faire + ul > li')).toHaveCount(article.do.length);
    await expect(page.locator('#a-eviter + ul > li')).toHaveCount(article.dont.length);
    await expect(page.getByRole('heading', { level: 2, name: t('charter.article.law') })).toBeVisible();
    await expect(page.locator('#loi + dl dt')).toHaveCount(article.law.length);
  });
}

test('un lien du sommaire fait défiler jusqu’à son article', async ({ page }) => {
  await page.goto('charte/');
  await page.getByRole('navigation', { name: t('charter.toc.title') }).getByRole('link', { name: plain(typeset(articleOf(7).title)) }).click();
  await expect(page).toHaveURL(/#article-7$/);
  await expect(page.locator('#article-7')).toBeInViewport();
});

test('les liens de partage de la charte visent LinkedIn, X et la messagerie avec l’adresse de la charte', async ({ page }) => {
  await page.goto('charte/');
  const address = await canonical(page);
  const share = page.getByRole('group', { name: t('charter.share.title') });
  const encoded = encodeURIComponent(address);
  await expect(share.locator('a[data-network="linkedin"]')).toHaveAttribute('href', `https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`);
  const x = new URL((await share.locator('a[data-network="x"]').getAttribute('href'))!);
  expect(x.origin + x.pathname).toBe('https://x.com/intent/post');
  expect(x.searchParams.get('url')).toBe(address);
  expect(x.searchParams.get('text')).toContain(typeset(source.title));
  const mail = (await share.locator('a[data-network="email"]').getAttribute('href'))!;
  expect(mail).toMatch(/^mailto:\?subject=[^&]+&body=/);
  expect(decodeURIComponent(mail.split('&body=')[1]!)).toContain(address);
  expect(mail).not.toContain('+');
});

test('LinkedIn et X s’ouvrent dans un nouvel onglet et le disent aux lecteurs d’écran ; la messagerie non', async ({ page }) => {
  await page.goto('charte/');
  const share = page.getByRole('group', { name: t('charter.share.title') });
  for (const network of ['linkedin', 'x']) {
    const link = share.locator(`a[data-network="${network}"]`);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAccessibleName(new RegExp(t('charter.share.newTab').replace(/[()]/g, '\\$&')));
  }
  await expect(share.locator('a[data-network="email"]')).not.toHaveAttribute('target', /.*/);
});

test('la charte n’a qu’un bloc de partage : chaque article n’y garde que « copier le lien »', async ({ page }) => {
  await page.goto('charte/');
  await expect(page.locator('a[data-network]')).toHaveCount(3);
  await expect(page.locator('#article-3 a[data-network]')).toHaveCount(0);
  await expect(page.locator('#article-3').getByRole('link', { name: t('charter.article.copy', { number: 3 }) })).toHaveAttribute('href', '#article-3');
});

test('les liens de partage d’un article visent la page de cet article, qui a son image d’aperçu', async ({ page }) => {
  await page.goto('charte/article-3/');
  const address = await canonical(page);
  expect(address).toMatch(/\/charte\/article-3\/$/);
  const share = page.getByRole('group', { name: t('charter.share.articleTitle') });
  await expect(share.locator('a[data-network="linkedin"]')).toHaveAttribute('href', `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(address)}`);
  const x = new URL((await share.locator('a[data-network="x"]').getAttribute('href'))!);
  expect(x.origin + x.pathname).toBe('https://x.com/intent/post');
  expect(x.searchParams.get('url')).toBe(address);
  expect(x.searchParams.get('text')).toContain(typeset(articleOf(3).title));
  const mail = (await share.locator('a[data-network="email"]').getAttribute('href'))!;
  expect(mail).toMatch(/^mailto:\?subject=[^&]+&body=/);
  const body = decodeURIComponent(mail.split('&body=')[1]!);
  expect(body).toContain(typeset(articleOf(3).commitment));
  expect(body).toContain(address);
  expect(mail).not.toContain('+');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/charte\/article-3\.png$/);
  await expect(page.getByRole('link', { name: t('charter.article.back', { number: 3 }) })).toHaveAttribute('href', /\/charte\/#article-3$/);
});

test('« Copier le lien » d’une page d’article copie l’adresse de cette page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-write']);
  await recordClipboard(page);
  await page.goto('charte/article-3/');
  const address = await canonical(page);
  await page.getByRole('group', { name: t('charter.share.articleTitle') }).getByRole('button', { name: t('charter.share.copy') }).click();
  await expect(page.locator('#charter-status')).toHaveText(t('charter.status.linkCopied'));
  expect(await copied(page)).toBe(address);
});

test('« Copier le lien de l’article » copie l’adresse de l’article sans quitter la page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-write']);
  await recordClipboard(page);
  await page.goto('charte/');
  const address = await canonical(page);
  await page.getByRole('link', { name: t('charter.article.copy', { number: 5 }) }).click();
  await expect(page.locator('#charter-status')).toHaveText(t('charter.status.linkCopied'));
  expect(await copied(page)).toBe(`${address}#article-5`);
  await expect(page).toHaveURL(/\/charte\/$/);
});

test.describe('sans JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('le lien d’un article reste un lien vers son ancre et les liens de partage restent là', async ({ page }) => {
    await page.goto('charte/');
    await page.getByRole('link', { name: t('charter.article.copy', { number: 5 }) }).click();
    await expect(page).toHaveURL(/#article-5$/);
    await expect(page.locator('#article-5')).toBeInViewport();
    const share = page.getByRole('group', { name: t('charter.share.title') });
    await expect(share.locator('a[data-network]')).toHaveCount(3);
    await expect(share.getByRole('button')).toHaveCount(0);
  });
});

test('l’impression masque la navigation et montre le QR code, la version et le bloc de signature', async ({ page }) => {
  await page.goto('charte/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: t('nav.label') })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: t('charter.toc.title') })).toBeHidden();
  await expect(page.getByRole('group', { name: t('charter.share.title') })).toBeHidden();
  await expect(page.getByRole('img', { name: t('charter.qr.label') })).toBeVisible();
  await expect(page.getByText(new RegExp(`^${uiPattern('fr', 'charter.versionLine').source}`)).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: t('charter.signature.title') })).toBeVisible();
  const last = ARTICLES.at(-1)!;
  await expect(page.locator(`#article-${last} .commitment`)).toBeVisible();
  await expect(page.getByText(uiPattern('fr', 'charter.articles.detail'))).toBeVisible();
  await expect(page.getByRole('link', { name: t('charter.article.detail', { number: last }) })).toBeHidden();
  // Links that mean nothing on paper are not printed as dead text.
  await expect(page.getByRole('link', { name: t('charter.language.link') })).toBeHidden();
  await expect(page.getByRole('link', { name: t('charter.actions.versions') }).first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('heading', { name: t('charter.signature.title') })).toBeHidden();
  await expect(page.getByRole('img', { name: t('charter.qr.label') })).toBeVisible();
});

test('le QR code est un SVG sans attribut style', async ({ page }) => {
  await page.goto('charte/');
  const qr = page.locator('svg.qr-code');
  await expect(qr).toHaveCount(1);
  expect(await qr.evaluate((svg) => svg.querySelectorAll('[style]').length + (svg.hasAttribute('style') ? 1 : 0))).toBe(0);
});

test('chaque page de la charte annonce son image d’aperçu', async ({ page }) => {
  await page.goto('charte/');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\/charte\/charte\.png$/);
  for (const n of [ARTICLES[0]!, ARTICLES.at(-1)!]) {
    await page.goto(`charte/article-${n}/`);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`/og/charte/article-${n}\\.png$`));
  }
});

test('les images d’aperçu existent et mesurent 1200 × 630', async ({ request }) => {
  for (const name of ['charte', ...ARTICLES.map((n) => `article-${n}`)]) {
    const file = readFileSync(join(distDir, 'og', 'charte', `${name}.png`));
    expect(pngSize(file), name).toEqual({ width: 1200, height: 630 });
    const response = await request.get(`og/charte/${name}.png`);
    expect(response.status(), name).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test.describe('les pages de la charte, sur un écran large et sur un téléphone', () => {
  /**
   * Every page of the charters' list (src/lib/charter.ts, CHARTER_AREA), in both languages, with its
   * dictionary and the name of its contents list: « Sommaire » on a charter, « Sur cette page » elsewhere.
   */
  const area = CHARTER_AREA.flatMap((charter) => [charter.route, ...charter.pages]).flatMap((fr) => {
    const pair = APP_ROUTES.find((route) => route.fr === fr)!;
    const contents = CHARTER_AREA.some((charter) => charter.route === fr) ? 'charter.toc.title' : 'toc.title';
    return [
      { path: pair.fr.slice(1), t, contents },
      { path: pair.en.slice(1), t: uiText('en'), contents },
    ] as const;
  });

  test('à 1366 px, chaque page montre les pages des chartes à gauche du texte, la sienne marquée, et garde son sommaire en vue', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    expect(area).toHaveLength(16);
    for (const { path, t: tr, contents: name } of area) {
      await page.goto(path);
      // One list, named after the section: not the site's menu, not the page's own contents.
      const nav = page.getByRole('navigation', { name: tr('nav.section.charte'), exact: true });
      await expect(nav, `/${path}`).toBeInViewport();
      await expect(nav.locator('a[aria-current="page"]'), `/${path}`).toHaveAttribute('href', `/${path}`);
      const side = (await nav.boundingBox())!;
      const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      expect(side.x + side.width, `/${path}`).toBeLessThan(title.x);
      // The page's contents, to the right of the text.
      const contents = page.getByRole('navigation', { name: tr(name), exact: true });
      const text = (await page.locator('.charter-frame > :not(.toc)').first().boundingBox())!;
      expect((await contents.boundingBox())!.x, `/${path}`).toBeGreaterThanOrEqual(text.x + text.width);
      // Halfway down, both lists are still in view.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await expect(nav, `/${path}`).toBeInViewport();
      await expect(contents, `/${path}`).toBeInViewport();
    }
    await context.close();
  });

  test('une page de version montre la liste sans y marquer de page', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`charte/versions/${source.version.replace('.', '-')}/`);
    const nav = page.getByRole('navigation', { name: t('nav.section.charte'), exact: true });
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link')).toHaveCount(CHARTER_AREA.length * 4);
    await expect(nav.locator('[aria-current]')).toHaveCount(0);
  });

  test('à 390 px, une seule colonne : la liste des pages vient après le texte, et rien ne défile de côté', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const { path, t: tr } of area) {
      await page.goto(path);
      const nav = (await page.getByRole('navigation', { name: tr('nav.section.charte'), exact: true }).boundingBox())!;
      const text = (await page.locator('.charter-frame').boundingBox())!;
      expect(nav.y, `/${path}`).toBeGreaterThan(text.y + text.height - 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `/${path}`).toBe(0);
    }
    await context.close();
  });
});
