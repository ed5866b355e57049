/**
 * The action plan of a results view (issue 15): chosen actions and a date travel in the fragment,
 * a reload reopens them, a malformed plan is ignored with a message while the results open, and
 * the calendar reminder and the results image download, all without a single request or storage.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download } from '@playwright/test';
import { encodeResult } from '../../src/lib/result-code';
import { openAssessment } from './assessment-support';
import { axeViolations, emptyStorage, recordRequests, storageSnapshot } from './site';

const CODE = 'E1CK4S69JB';


/** Returns the day a year and a day from now, `YYYY-MM-DD`: always in the future for the page. */
function nextYear(): string {
  const day = new Date(Date.now() + 366 * 86_400_000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** Returns the bytes of a finished download. */
async function bytes(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

test.describe('plan d’action', () => {
  test('choisir des actions et une date : le fragment porte le plan, un rechargement le rouvre, sans requête ni stockage', async ({ page }) => {
    await openAssessment(page, 'engagement', `#r=${CODE}`);
    const requests = recordRequests(page);
    const plan = page.locator('.plan');
    const offered = plan.getByRole('group', { name: /^Actions proposées/ }).getByRole('checkbox');
    expect(await offered.count()).toBeGreaterThanOrEqual(3);

    await offered.nth(0).check();
    await offered.nth(2).check();
    await plan.getByLabel(/Ou écrivez votre propre action/).fill('Appeler Julie. Vite & bien');
    await plan.getByRole('button', { name: 'Ajouter cette action' }).click();
    // Three actions chosen: the other offers are disabled, the own field too.
    await expect(offered.nth(1)).toBeDisabled();
    await expect(plan.getByLabel(/Ou écrivez votre propre action/)).toBeDisabled();

    const date = nextYear();
    await plan.getByLabel('Date pour refaire le questionnaire').fill(date);
    const chosen = plan.locator('.plan-list li');
    await expect(chosen).toHaveCount(3);
    await expect(chosen.nth(2)).toContainText('Appeler Julie. Vite & bien');
    const texts = await chosen.allInnerTexts();

    const hash = new RegExp(`#r=${CODE}&p=1\\.${date.replace(/-/g, '')}\\.b\\w{3}\\.b\\w{3}\\.tAppeler%20Julie%2E%20Vite%20%26%20bien$`);
    await expect(page).toHaveURL(hash);
    await expect(page.locator('.code-box .link a')).toHaveAttribute('href', hash);
    expect(requests).toEqual([]);
    expect(await storageSnapshot(page)).toEqual(emptyStorage);

    await page.reload();
    await expect(page.locator('.assessment[data-ready]')).toHaveCount(1);
    await expect(page.locator('.plan-list li')).toHaveCount(3);
    expect(await page.locator('.plan-list li').allInnerTexts()).toEqual(texts);
    await expect(page.locator('.plan').getByLabel('Date pour refaire le questionnaire')).toHaveValue(date);
    await expect(page.locator('.plan').getByRole('group', { name: /^Actions proposées/ }).getByRole('checkbox').nth(0)).toBeChecked();
    await expect(page).toHaveURL(hash);

    // Removing an action takes it out of the list and of the address.
    await page.locator('.plan-list li').nth(2).getByRole('button', { name: /^Retirer/ }).click();
    await expect(page.locator('.plan-list li')).toHaveCount(2);
    await expect(page).not.toHaveURL(/Julie/);
  });

  test('un plan malformé dans le lien est ignoré avec un message, les résultats s’ouvrent', async ({ page }) => {
    await openAssessment(page, 'engagement', `#r=${CODE}&p=1.20270301.bzzz`);
    await expect(page.locator('#results-title')).toBeVisible();
    await expect(page.locator('.plan [role="alert"]')).toHaveText(
      'Le plan d’action du lien a été ignoré\u202F: une de ses actions ne correspond à aucune action de ce questionnaire. Vos résultats, eux, s’affichent.',
    );
    await expect(page.locator('.plan-list li')).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`#r=${CODE}$`));

    await openAssessment(page, 'engagement', `#r=${CODE}&p=9.20270301.b000`);
    await expect(page.locator('.plan [role="alert"]')).toContainText('un format que ce site ne connaît pas');
    await openAssessment(page, 'engagement', `#r=${CODE}&p=1.20270231.b000`);
    await expect(page.locator('.plan [role="alert"]')).toContainText('sa date n’existe pas');
  });

  test('le rappel .ics et l’image PNG se téléchargent depuis le navigateur, en blob: seulement', async ({ page }) => {
    await openAssessment(page, 'engagement', `#r=${CODE}&p=1.${nextYear().replace(/-/g, '')}.tAppeler%20Julie%2C%20puis%20Marc`);
    const requests = recordRequests(page);
    const plan = page.locator('.plan');

    const [ics] = await Promise.all([page.waitForEvent('download'), plan.getByRole('button', { name: /Télécharger un rappel/ }).click()]);
    expect(ics.suggestedFilename()).toBe('rappel-autodiagnostic.ics');
    const text = (await bytes(ics)).toString('utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(text).toContain(`\r\nDTSTART;VALUE=DATE:${nextYear().replace(/-/g, '')}\r\n`);
    expect(text).toMatch(/\r\nUID:[0-9a-f]{32}@127\.0\.0\.1\r\n/);
    expect(text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(text).toContain('SUMMARY:Refaire le questionnaire «\u202FEngagement');
    expect(text.replace(/\r\n /g, '')).toContain('- Appeler Julie\\, puis Marc');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    // The reminder names the questionnaire's page, not the results: no code in the calendar.
    expect(text).not.toContain(CODE);
    await expect(plan.getByRole('status')).toHaveText('Fichier prêt\u202F: rappel-autodiagnostic.ics.');

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      plan.getByRole('button', { name: 'Télécharger l’image de mes résultats (PNG\u202F: graphique et scores, sans vos réponses ni votre plan)' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('mes-resultats.png');
    const image = await bytes(png);
    expect([...image.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([1200, 630]);

    expect(requests.filter((url) => !url.startsWith('blob:'))).toEqual([]);
    expect(await storageSnapshot(page)).toEqual(emptyStorage);
  });

  test('les contrôles du plan ne s’impriment pas, le plan choisi si', async ({ page }) => {
    await openAssessment(page, 'engagement', `#r=${CODE}&p=1.${nextYear().replace(/-/g, '')}.tAppeler%20Julie`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.plan-list li')).toBeVisible();
    await expect(page.locator('.plan fieldset')).toBeHidden();
    await expect(page.locator('.plan').getByRole('button')).toHaveCount(0);
    await expect(page.locator('.plan')).toContainText('Refaire le questionnaire le');
  });

  test('accessibilité du plan rempli, et la version anglaise', async ({ page }) => {
    await openAssessment(page, 'engagement', `#r=${CODE}&p=1.${nextYear().replace(/-/g, '')}.b000.tAppeler%20Julie`);
    await expect(page.locator('.plan-list li')).toHaveCount(2);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`en/assessment/engagement/#r=${CODE}&p=1..tCall%20Julie`);
    await expect(page.locator('.assessment[data-ready]')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Your action plan' })).toBeVisible();
    await expect(page.locator('.plan-list li')).toHaveText(['Call Julie Remove']);
    await expect(page.getByRole('button', { name: /^Download an image of my results/ })).toBeVisible();
  });

  test('la vue d’équipe ne garde que le code d’un lien collé, jamais son plan', async ({ page }) => {
    const { version } = JSON.parse(readFileSync('content/diagnostics/engagement.json', 'utf8')) as { version: number };
    const spec = { id: 'engagement', code: 'E', version, dimensions: 5 };
    const links = [10, 30, 50, 70, 90].map((s, i) => `https://vente-engagee.fr/diagnostic/engagement/#r=${encodeResult(spec, [s, s + 5, s, 100 - s, 40])}&p=1.20270301.b000.tSecret%20${i}`);
    await page.goto('diagnostic/equipe/');
    await expect(page.locator('.team[data-ready="true"]')).toBeVisible();
    await page.locator('#team-codes').fill(links.join('\n'));
    await expect(page.getByRole('status').first()).toContainText('5 codes valides, 0 ligne refusée, 0 doublon');
    await expect(page.locator('.team table').first()).toBeVisible();
    // The plan's words appear nowhere but in the field where they were pasted.
    expect(await page.locator('.team').evaluate((team) => team.textContent)).not.toContain('Secret');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).click()]);
    expect((await bytes(csv)).toString('utf8')).not.toMatch(/Secret|20270301/);
  });
});
