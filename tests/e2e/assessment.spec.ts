/**
 * The three self-assessments, end to end in Chromium on the built site: completed by keyboard
 * alone, scores checked on literal cases, result links reopened, tampered codes refused, and
 * nothing stored or requested after load during the whole run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { emptyStorage, recordRequests, storageSnapshot } from './site';
import { answerByKeyboard, completeByKeyboard, instrumentIds, loadInstrument, openAssessment, resultCode, resultsTable, showResultsByKeyboard, steps, tabTo } from './assessment-support';
import { ALPHABET, encodeResult } from '../../src/lib/result-code';
import { uiPattern, uiText } from '../support/site-data';
import { frenchTypography as typeset } from '../../src/lib/typography';

/** The interface strings as the French pages show them (typography applied, spaces folded). */
const t = uiText('fr');
const notScored = t('diagnostic.results.notScored');


/** Returns `code` with one character replaced by another symbol of the alphabet. */
function tamper(code: string): string {
  const i = code.length - 3;
  const other = ALPHABET[(ALPHABET.indexOf(code[i]!) + 7) % 32]!;
  return code.slice(0, i) + other + code.slice(i + 1);
}

for (const id of instrumentIds) {
  const instrument = loadInstrument(id);
  const names = instrument.dimensions.map((d) => d.name);

  test.describe(`autodiagnostic ${id}`, () => {
    test('se remplit au clavier seul ; réponses du milieu : 50 partout ; rien de stocké ni demandé', async ({ page, baseURL }) => {
      await openAssessment(page, id);
      const requests = recordRequests(page);
      await completeByKeyboard(page, instrument, '3');
      expect(await resultsTable(page)).toEqual(Object.fromEntries(names.map((n) => [n, '50'])));
      if (instrument.results.type === 'index') {
        await expect(page.locator('.overall-index strong')).toHaveText('50');
      } else {
        await expect(page.locator('.overall-index')).toHaveCount(0);
      }
      await expect(page.locator('.extremes')).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(`#r=${await resultCode(page)}$`));
      expect(await storageSnapshot(page)).toEqual(emptyStorage);
      expect(requests, `requêtes après chargement depuis ${baseURL}`).toEqual([]);
    });

    test('tout en « Je ne sais pas » : pas assez de réponses, pas d’indice global', async ({ page }) => {
      await openAssessment(page, id);
      const requests = recordRequests(page);
      await completeByKeyboard(page, instrument, '0');
      expect(await resultsTable(page)).toEqual(Object.fromEntries(names.map((n) => [n, notScored])));
      await expect(page.locator('.overall-index')).toHaveCount(0);
      if (instrument.results.type === 'index') await expect(page.locator('.no-overall')).toContainText(uiPattern('fr', 'diagnostic.results.noOverall'));
      expect(await storageSnapshot(page)).toEqual(emptyStorage);
      expect(requests).toEqual([]);
    });

    test('le lien de résultat rouvre les mêmes scores', async ({ page, context }) => {
      await openAssessment(page, id);
      // Answers that differ by dimension (keying is balanced, so a whole step at « 5 » would score 50):
      // « 5 » on the first statement of the first step, « 1 » on that of the second, « 3 » elsewhere.
      await answerByKeyboard(page, instrument, (s, i) => (i > 0 ? '3' : s === 0 ? '5' : s === 1 ? '1' : '3'));
      await showResultsByKeyboard(page);
      const scores = await resultsTable(page);
      expect(new Set(Object.values(scores)).size).toBeGreaterThan(1);
      const link = await page.locator('.code-box .link a').getAttribute('href');
      expect(link).toMatch(new RegExp(`/diagnostic/${id}/#r=[0-9A-Z]{10,20}$`));

      const other = await context.newPage();
      const requests = recordRequests(other);
      await other.goto(link!);
      await expect(other.locator('#results-title')).toBeVisible();
      expect(await resultsTable(other)).toEqual(scores);
      await expect(other.locator('.from-code')).toContainText(await resultCode(page));
      expect(requests.every((u) => new URL(u).origin === new URL(link!).origin)).toBe(true);
    });

    test('un code altéré affiche l’erreur et la page reste utilisable', async ({ page, context }) => {
      await openAssessment(page, id);
      await completeByKeyboard(page, instrument, '2');
      const code = await resultCode(page);
      page = await context.newPage();
      await openAssessment(page, id, `#r=${tamper(code)}`);
      await expect(page.getByRole('alert')).toContainText(t('diagnostic.code.error.checksum'));
      await expect(page.locator('#results-title')).toHaveCount(0);
      await expect(page.locator('.assessment .progress p')).toHaveText(t('diagnostic.step', { n: 1, total: instrument.dimensions.length }));
      await page.locator('.assessment input[type=radio]').first().check();
      await expect(page.locator('.assessment input[type=radio]').first()).toBeChecked();
    });
  });
}

test.describe('autodiagnostic : parcours et outils', () => {
  const engagement = loadInstrument('engagement');
  const climate = loadInstrument('climat-ethique');
  const manager = loadInstrument('manager-leader');
  const otherInstrument = t('diagnostic.code.error.other-instrument', { name: climate.shortTitle });

  test('le code d’un autre questionnaire est refusé, avec un lien vers sa page', async ({ page }) => {
    await openAssessment(page, 'engagement', '#r=C1FJHZT4DG');
    await expect(page.getByRole('alert')).toContainText(otherInstrument);
    await page.getByRole('link', { name: t('diagnostic.code.openOther', { name: climate.shortTitle }) }).click();
    await expect(page.locator('#results-title')).toBeVisible();
    // The scores the code holds, in the order of the questionnaire's dimensions.
    const scores = ['62', '40', notScored, '81', '13'];
    expect(await resultsTable(page)).toEqual(Object.fromEntries(climate.dimensions.map((d, i) => [d.name, scores[i]])));
  });

  test('un code mal formé ou d’une version inconnue a son propre message', async ({ page }) => {
    await openAssessment(page, 'engagement', '#r=E1CK4S!9JB');
    await expect(page.getByRole('alert')).toContainText(t('diagnostic.code.error.malformed-characters'));
    await openAssessment(page, 'engagement', '#r=E1CK');
    await expect(page.getByRole('alert')).toContainText(t('diagnostic.code.error.malformed-length'));
    // Version 4 of the engagement questionnaire does not exist (yet).
    const v4 = encodeResult({ id: 'engagement', code: 'E', version: 4, dimensions: engagement.dimensions.length }, engagement.dimensions.map(() => 50));
    await openAssessment(page, 'engagement', `#r=${v4}`);
    await expect(page.getByRole('alert')).toContainText(t('diagnostic.code.error.unknown-version', { version: 4, name: engagement.shortTitle }));
  });

  test('un code de la version 1 du climat s’ouvre ; sans les réponses, ni climat dominant ni signal (assessment-v3.spec.ts les montre avec les réponses)', async ({ page }) => {
    // Scores: respect 20, règles 40, lois 40, indépendance 30, instrumental 80.
    await openAssessment(page, 'climat-ethique', '#r=C152GM3TGF');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(Object.values(await resultsTable(page))).toEqual(['20', '40', '40', '30', '80']);
    await expect(page.locator('.risk')).toHaveCount(0);
    await expect(page.locator('.extremes')).toHaveCount(0);
  });

  test('Retour conserve les réponses ; la vérification liste les oubliés et y ramène', async ({ page }) => {
    await openAssessment(page, 'engagement');
    const first = steps(engagement)[0]!;
    const agree = engagement.scale.labels[3]!;
    const total = engagement.dimensions.length;
    await page.getByRole('group', { name: first[0]!.text }).getByLabel(agree).check();
    await page.getByRole('button', { name: t('diagnostic.next') }).click();
    await expect(page.locator('.assessment .progress p')).toHaveText(t('diagnostic.step', { n: 2, total }));
    await page.getByRole('button', { name: t('diagnostic.back') }).click();
    await expect(page.getByRole('group', { name: first[0]!.text }).getByLabel(agree)).toBeChecked();
    for (let s = 0; s < total; s++) await page.locator('.assessment button[type=submit]').click();
    await expect(page.locator('.missing li')).toHaveCount(engagement.items.length - 1);
    await expect(page.locator('.review')).toContainText(uiPattern('fr', 'diagnostic.review.notEnough'));
    await page.locator('.missing button').first().click();
    await expect(page.locator('.assessment .progress p')).toHaveText(t('diagnostic.step', { n: 1, total }));
    await expect(page.locator(`[name="engagement-${first[1]!.id}"]`).first()).toBeFocused();
  });

  test('quitter la page avec des réponses en cours demande confirmation', async ({ page }) => {
    await openAssessment(page, 'engagement');
    await tabTo(page, '.assessment input[type=radio]');
    await page.keyboard.press('4');
    const dialog = page.waitForEvent('dialog');
    void page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('nav.section.guide') }).click();
    const shown = await dialog;
    expect(shown.type()).toBe('beforeunload');
    await shown.dismiss();
    await expect(page).toHaveURL(/\/diagnostic\/engagement\/$/);
    await expect(page.locator('.assessment input:checked')).toHaveCount(1);
  });

  test('copier le code : presse-papiers, ou texte sélectionné quand il manque', async ({ page, context }) => {
    // The site's Permissions-Policy forbids reading the clipboard: record what the page writes instead.
    await page.addInitScript(() => {
      const copied: string[] = [];
      Object.defineProperty(window, '__copied', { value: copied });
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) } });
    });
    await openAssessment(page, 'engagement', '#r=E1CK4S69JB');
    await page.getByRole('button', { name: t('diagnostic.code.copy') }).click();
    await expect(page.locator('.code-box').getByRole('status')).toHaveText(t('diagnostic.code.copied'));
    await page.getByRole('button', { name: t('diagnostic.code.copyLink') }).click();
    const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(copied[0]).toBe('E1CK4S69JB');
    expect(copied[1]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*diagnostic\/engagement\/#r=E1CK4S69JB$/);

    const bare = await context.newPage();
    await bare.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await openAssessment(bare, 'engagement', '#r=E1CK4S69JB');
    await bare.getByRole('button', { name: t('diagnostic.code.copy') }).click();
    await expect(bare.locator('.code-box').getByRole('status')).toContainText(t('diagnostic.code.fallback'));
    const field = bare.getByLabel(t('diagnostic.code.fallbackLabel'));
    await expect(field).toHaveValue('E1CK4S69JB');
    await expect(field).toBeFocused();
    expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(10);
  });

  test('comparer avec un code précédent montre l’évolution par dimension', async ({ page }) => {
    await openAssessment(page, 'engagement', '#r=E101JS9F4J');
    await page.getByLabel(t('diagnostic.compare.label')).fill('e1ck-4s69-jb');
    await page.getByRole('button', { name: t('diagnostic.compare.submit') }).click();
    // The table unfolds with a comparison; a change under the reliable-change threshold (24 points for six statements) reads as noise.
    const change = await page.locator('table.scores tbody tr td:last-child').allInnerTexts();
    expect(change).toEqual(['−50', '−25', t('diagnostic.results.withinNoise', { change: '0', threshold: 24 }), '+25', '+50']);
    await expect(page.locator('.bars .before')).toHaveCount(engagement.dimensions.length);
    await page.getByLabel(t('diagnostic.compare.label')).fill('C1FJHZT4DG');
    await page.getByRole('button', { name: t('diagnostic.compare.submit') }).click();
    await expect(page.locator('#compare-error')).toHaveText(otherInstrument);
  });

  test('manager-leader : le détail des activités de développement, chacune reliée au guide', async ({ page }) => {
    const activities = manager.items.filter((item) => item.label !== undefined);
    const reversed = activities.find((item) => item.reverse)!;
    const lowest = manager.dimensions.find((d) => d.id === reversed.dimension)!.bands[0]!.label;
    await openAssessment(page, 'manager-leader');
    await completeByKeyboard(page, manager, '4');
    const shown = page.locator('.per-item li');
    await expect(shown).toHaveCount(activities.length);
    await expect(shown.first()).toContainText(activities[0]!.label!);
    await expect(shown.first().getByRole('link')).toHaveAttribute('href', new RegExp(`${activities[0]!.guide!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    // « 4 » on a reverse-keyed item counts as 2: its band is the lowest one.
    await expect(page.locator('.per-item li', { hasText: reversed.label! })).toContainText(lowest);
  });

  test('impression : navigation et boutons masqués, graphiques conservés', async ({ page }) => {
    await openAssessment(page, 'engagement', '#r=E101JS9F4J');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.bars')).toBeVisible();
    await expect(page.locator('.details').first()).toBeVisible();
    await expect(page.getByRole('button', { name: t('diagnostic.code.copy') })).toBeHidden();
    for (const nav of await page.locator('.site-header nav').all()) await expect(nav).toBeHidden();
    await expect(page.locator('.compare')).toBeHidden();
  });

  test('sans JavaScript, la page propose la version papier', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('diagnostic/manager-leader/');
    const link = page.locator('noscript').locator('..').getByRole('link', { name: t('diagnostic.paper.link', { name: loadInstrument('manager-leader').shortTitle }) }).first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/diagnostic\/manager-leader\/papier\/$/);
    await context.close();
  });
});

test.describe('autodiagnostic : version papier et pages d’accompagnement', () => {
  for (const id of instrumentIds) {
    test(`/diagnostic/${id}/papier/ : toutes les affirmations à cocher, la grille, aucun script`, async ({ page }) => {
      const instrument = loadInstrument(id);
      await page.goto(`diagnostic/${id}/papier/`);
      await expect(page.locator('script')).toHaveCount(0);
      await expect(page.locator('table.ticks tbody tr')).toHaveCount(instrument.items.length);
      // One box per answer of the scale, and one for « don't know ».
      await expect(page.locator('table.ticks tbody tr').first().locator('.box')).toHaveCount(instrument.scale.labels.length + 1);
      await expect(page.locator('table.write-in tbody tr')).toHaveCount(instrument.dimensions.length);
      await page.emulateMedia({ media: 'print' });
      for (const nav of await page.locator('.site-header nav').all()) await expect(nav).toBeHidden();
    });
  }

  test('/diagnostic/ présente les questionnaires et la promesse de confidentialité', async ({ page }) => {
    await page.goto('diagnostic/');
    // Every questionnaire of content/diagnostics/, the companies' charter one included.
    const all = readdirSync('content/diagnostics').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(all.length).toBeGreaterThan(instrumentIds.length);
    await expect(page.locator('.instruments > li')).toHaveCount(all.length);
    for (const id of all) {
      const { items, dimensions, minutes } = loadInstrument(id);
      await expect(page.locator('.instruments')).toContainText(t('diagnostic.meta.items', { count: items.length, steps: dimensions.length }));
      await expect(page.locator('.instruments')).toContainText(t('diagnostic.meta.minutes', { minutes }));
    }
    await expect(page.getByRole('heading', { name: t('diagnostic.privacy.title') })).toBeVisible();
    const climate = loadInstrument('climat-ethique');
    await page.getByRole('link', { name: t('diagnostic.index.start', { name: climate.shortTitle }) }).click();
    await expect(page.locator('h1')).toHaveText(climate.title);
  });

  test('/diagnostic/methodologie/ explique le calcul, la règle des 75 %, les sources et les limites', async ({ page }) => {
    await page.goto('diagnostic/methodologie/');
    const sections = [...readFileSync('content/diagnostics/methodologie.mdx', 'utf8').matchAll(/^## (.+?)(?: \\\{#[\w-]+\})?$/gm)].map((m) => typeset(m[1]!));
    expect(sections.length).toBeGreaterThan(4);
    for (const heading of [...sections, t('sources.title')]) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(page.locator('main')).toContainText('75 %');
    for (const construct of ['UWES', 'Q12', 'ECQ', 'MWMS']) await expect(page.locator('main')).toContainText(construct);
  });
});
