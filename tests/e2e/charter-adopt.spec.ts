/**
 * Adopting the charter: the certificate is made in the browser from the typed name, which is
 * never stored, sent or put in the address; the badge and its snippets link back to the charter.
 */
import { expect, test } from '@playwright/test';
import { emptyStorage, recordRequests, storageSnapshot } from './site';
import { copied, recordClipboard } from './charter-support';
import { charter as readCharter, plain, ui, uiPattern, uiText } from '../support/site-data';
import { frenchTypography as typeset } from '../../src/lib/typography';

/** The interface strings as the page shows them (typography applied, spaces folded for matchers). */
const t = uiText('fr');
/** The same strings exactly as written in the page, for texts compared character for character. */
const exact = ui('fr');
const { title, version } = readCharter('fr', 'salesperson');

const NAME = 'Élodie Dupont-Ménard';
const COMPANY = 'Ateliers & Fils';

test('l’attestation montre le nom saisi, sans rien stocker ni envoyer', async ({ page }) => {
  await page.goto('charte/adopter/');
  await page.waitForLoadState('networkidle');
  await expect(page.getByLabel(t('charter.adopt.name'))).toBeEnabled();
  const requests = recordRequests(page);
  const address = page.url();

  await page.getByLabel(t('charter.adopt.name')).fill(NAME);
  await page.getByLabel(t('charter.adopt.company')).fill(COMPANY);
  await page.getByRole('button', { name: t('charter.adopt.submit') }).click();

  const certificate = page.getByRole('region', { name: t('charter.certificate.title'), exact: true });
  await expect(certificate).toBeVisible();
  await expect(certificate).toBeFocused();
  await expect(certificate.locator('.certificate-name')).toHaveText(NAME);
  await expect(certificate.locator('.certificate-company')).toHaveText(COMPANY);
  await expect(certificate).toContainText(uiPattern('fr', 'charter.certificate.declares'));
  await expect(certificate.getByRole('img', { name: t('charter.qr.label') })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: t('charter.adopt.ready') })).toBeVisible();

  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);
  expect(page.url()).toBe(address);
  expect(await storageSnapshot(page)).toEqual(emptyStorage);
  expect(await page.locator('form.adopt-form input[name]').count()).toBe(0);
});

test('sans nom, l’attestation n’est pas préparée et le champ le dit', async ({ page }) => {
  await page.goto('charte/adopter/');
  await expect(page.getByLabel(t('charter.adopt.name'))).toBeEnabled();
  await page.getByRole('button', { name: t('charter.adopt.submit') }).click();
  const input = page.getByLabel(t('charter.adopt.name'));
  await expect(input).toBeFocused();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(t('charter.adopt.nameMissing'));
  await expect(page.locator('.certificate')).toHaveCount(0);
});

test('à l’impression, seule l’attestation apparaît', async ({ page }) => {
  await page.goto('charte/adopter/');
  await expect(page.getByLabel(t('charter.adopt.name'))).toBeEnabled();
  await page.getByLabel(t('charter.adopt.name')).fill(NAME);
  await page.keyboard.press('Enter');
  await expect(page.locator('.certificate')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.certificate')).toBeVisible();
  await expect(page.getByRole('navigation', { name: t('nav.label') })).toBeHidden();
  await expect(page.locator('form.adopt-form')).toBeHidden();
  await expect(page.getByRole('heading', { name: t('charter.badge.title') })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
});

test('le badge est publié par le site, porte la version, et les codes renvoient à l’adresse absolue de la charte', async ({ page, request }) => {
  await page.goto('charte/adopter/');
  const charter = (await page.locator('link[rel="canonical"]').getAttribute('href'))!.replace(/adopter\/$/, '');
  const alt = exact('charter.badge.alt', { version });
  const badge = page.getByRole('img', { name: alt });
  await expect(badge).toBeVisible();
  expect(await badge.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  const html = await page.locator('#code-html').textContent();
  expect(html).toBe(`<a href="${charter}"><img src="${new URL('badge.svg', charter).href}" alt="${alt}" width="220" height="56"></a>`);
  expect(await page.locator('#code-markdown').textContent()).toBe(`[![${alt}](${new URL('badge.svg', charter).href})](${charter})`);
  expect(await page.locator('#code-signature-text').textContent()).toBe(exact('charter.snippets.signatureLine', { title: typeset(title), version, url: charter }));

  for (const [file, type] of [['badge.svg', 'image/svg+xml'], ['badge.png', 'image/png']] as const) {
    const response = await request.get(`charte/${file}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe(type);
  }
  expect(await (await request.get('charte/badge.svg')).text()).not.toMatch(/\sstyle=/);
});

test('la signature de courriel proposée d’abord est en texte seul, et aucun code de signature ne charge d’image depuis le site', async ({ page }) => {
  await page.goto('charte/adopter/');
  const codes = await page.locator('.badge pre code').evaluateAll((blocks) => blocks.map((b) => ({ id: b.id, text: b.textContent ?? '' })));
  expect(codes[0]!.id).toBe('code-signature-text');
  expect(codes[0]!.text).not.toMatch(/<img|!\[/);
  expect(codes.map((c) => c.text).join('\n')).not.toContain('badge.png');
  await expect(page.getByText(uiPattern('fr', 'charter.snippets.noRemoteImage'))).toBeVisible();
});

test('la page d’adoption prévient qu’afficher le badge est un engagement public', async ({ page }) => {
  await page.goto('charte/adopter/');
  await expect(page.getByText(uiPattern('fr', 'charter.adopt.public'))).toBeVisible();
});

test('l’attestation ne propose aucun lien vers « Licences et certifications » de LinkedIn, et dit pourquoi', async ({ page }) => {
  await page.goto('charte/adopter/');
  await expect(page.getByLabel(t('charter.adopt.name'))).toBeEnabled();
  await page.getByLabel(t('charter.adopt.name')).fill(NAME);
  await page.getByRole('button', { name: t('charter.adopt.submit') }).click();
  await expect(page.locator('.certificate-kicker')).toHaveText(t('charter.certificate.kicker', { title: typeset(title), version }));
  await expect(page.getByText(uiPattern('fr', 'charter.adopt.profileText'))).toBeVisible();
  await expect(page.locator('a[href*="linkedin.com/profile/add"]')).toHaveCount(0);
});

test('un code se copie d’un clic', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-write']);
  await recordClipboard(page);
  await page.goto('charte/adopter/');
  await page.getByRole('button', { name: t('charter.snippets.copy', { label: t('charter.snippets.markdown') }) }).click();
  await expect(page.locator('#charter-status')).toHaveText(t('charter.status.codeCopied'));
  expect(await copied(page)).toBe(await page.locator('#code-markdown').textContent());
});

test.describe('sans JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('le formulaire reste inactif et la page explique pourquoi', async ({ page }) => {
    await page.goto('charte/adopter/');
    await expect(page.getByLabel(t('charter.adopt.name'))).toBeDisabled();
    await expect(page.getByRole('button', { name: t('charter.adopt.submit') })).toBeDisabled();
    // Scripts disabled by emulation do not make Chromium display <noscript>: check its content instead.
    expect(plain((await page.locator('.adopt-island noscript').evaluate((el) => el.textContent)) ?? '')).toContain(t('charter.adopt.noscript'));
    await expect(page.locator('#code-html')).toBeVisible();
  });
});
