/**
 * Version 3 of the questionnaires, through the built pages: yes-saying (with or without one « don't
 * know ») lands every dimension between 40 and 60, is pointed out, and raises no risk pattern and
 * no strongest / weakest; a consistent respondent with a marked instrumental climate sees the
 * pattern named; « does not apply to my job » is offered on its items only and leaves the count;
 * version 1, 2 and 3 codes open, naming their version; changes under their reliable-change
 * threshold read as noise.
 */
import { expect, test } from '@playwright/test';
import { answerByKeyboard, instrumentIds, loadInstrument, openAssessment, openScoreTable, resultsTable, showResultsByKeyboard } from './assessment-support';
import { encodeResult } from '../../src/lib/result-code';
import { reliableChange } from '../../src/lib/signals';
import { uiText } from '../support/site-data';

/** The interface strings as the French pages show them (typography applied, spaces folded). */
const t = uiText('fr');

for (const id of instrumentIds) {
  const instrument = loadInstrument(id);
  for (const [label, keyFor] of [
    ['tout « Tout à fait d’accord »', () => '5'],
    ['tout « Plutôt d’accord » sauf un « Je ne sais pas »', (s: number, i: number) => (s === 0 && i === 0 ? '0' : '4')],
  ] as const) {
    test(`${id} : ${label} donne entre 40 et 60 partout, est signalé, sans signal de risque ni dimension désignée`, async ({ page }) => {
      await openAssessment(page, id);
      await answerByKeyboard(page, instrument, keyFor);
      await expect(page.locator('.review .same-answers')).toHaveText(t('diagnostic.review.yesSaying'));
      await showResultsByKeyboard(page);
      const scores = Object.values(await resultsTable(page)).map(Number);
      expect(scores).toHaveLength(instrument.dimensions.length);
      for (const score of scores) {
        expect(score).toBeGreaterThanOrEqual(40);
        expect(score).toBeLessThanOrEqual(67);
      }
      await expect(page.locator('.response-style')).toHaveText(t('diagnostic.results.yesSaying'));
      await expect(page.locator('.risk')).toHaveCount(0);
      await expect(page.locator('.extremes')).toHaveCount(0);
      await expect(page.locator('.limits')).toBeVisible();
    });
  }
}

test.describe('résultats qui ne disent pas plus que les réponses', () => {
  const climate = loadInstrument('climat-ethique');
  const engagement = loadInstrument('engagement');

  test('climat : des réponses cohérentes et un climat instrumental marqué le font nommer, comme un point à discuter', async ({ page }) => {
    await openAssessment(page, 'climat-ethique');
    // Instrumental: agree with its statements, disagree with its reverses (100); elsewhere the opposite, moderately (25).
    await answerByKeyboard(page, climate, (_, __, item) => (item.dimension === 'instrumental' ? (item.reverse ? '1' : '5') : item.reverse ? '4' : '2'));
    await expect(page.locator('.review .same-answers')).toHaveCount(0);
    await showResultsByKeyboard(page);
    await expect(page.locator('.risk h3')).toHaveText(t('diagnostic.results.risk'));
    await expect(page.locator('.risk')).not.toContainText('nettement');
    const instrumental = climate.dimensions.find((d) => d.id === 'instrumental')!;
    await expect(page.locator('.extremes dd').first()).toContainText(`${instrumental.name} (100)`);
  });

  test('climat : le motif 4, 4, 3, 3 sur le climat instrumental ne déclenche rien', async ({ page }) => {
    await openAssessment(page, 'climat-ethique');
    let n = 0;
    await answerByKeyboard(page, climate, (_, __, item) => (item.dimension === 'instrumental' ? (n++ < 2 ? '4' : '3') : '3'));
    await showResultsByKeyboard(page);
    await expect(page.locator('.risk')).toHaveCount(0);
    await expect(page.locator('.extremes')).toHaveCount(0);
  });

  test('rouverts depuis un code, les résultats ne désignent ni contraste ni signal, et le disent', async ({ page }) => {
    const spec = { id: 'climat-ethique', code: climate.code, version: climate.version, dimensions: climate.dimensions.length };
    await openAssessment(page, 'climat-ethique', `#r=${encodeResult(spec, [20, 40, 40, 30, 100])}`);
    await expect(page.locator('.risk')).toHaveCount(0);
    await expect(page.locator('.extremes')).toHaveCount(0);
    await expect(page.locator('.none-stands-out')).toHaveText(t('diagnostic.results.noContrastFromCode'));
  });

  test('« Ne s’applique pas à mon poste » : proposé sur ses seules affirmations, il sort du décompte', async ({ page }) => {
    const flagged = engagement.items.filter((item) => item.notApplicable).map((item) => item.id);
    expect(flagged.length).toBeGreaterThan(0);
    await openAssessment(page, 'engagement');
    const capacity = engagement.dimensions.find((d) => d.id === 'capacite')!;
    let dontKnow = 0;
    await answerByKeyboard(
      page,
      engagement,
      (_, __, item) => (item.notApplicable ? '6' : item.dimension === 'capacite' && dontKnow++ === 0 ? '0' : '3'),
      async () => {
        for (const option of await page.locator('.assessment .not-applicable').all()) await expect(option).toContainText(engagement.scale.notApplicable!);
      },
    );
    // Capacity: two items do not apply, one « don't know », three of the four that apply answered (75 %): scored.
    await showResultsByKeyboard(page);
    expect((await resultsTable(page))[capacity.name]).toBe('50');
  });

  test('les codes des versions 1, 2 et 3 s’ouvrent, avec leur version ; l’évolution sous le seuil se lit comme du bruit', async ({ page }) => {
    const spec = (v: number) => ({ id: 'engagement', code: engagement.code, version: v, dimensions: engagement.dimensions.length });
    expect(engagement.version).toBe(3);
    for (const version of [1, 2]) {
      await openAssessment(page, 'engagement', `#r=${encodeResult(spec(version), [60, 40, 50, 70, 30])}`);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.locator('.old-version')).toHaveText(t('diagnostic.results.oldVersion', { version }));
    }
    await openAssessment(page, 'engagement', `#r=${encodeResult(spec(3), [90, 40, 50, 75, 30])}`);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('.old-version')).toHaveCount(0);
    await page.getByLabel(t('diagnostic.compare.label')).fill(encodeResult(spec(2), [60, 40, 50, 70, 30]));
    await page.getByRole('button', { name: t('diagnostic.compare.submit') }).click();
    await openScoreTable(page);
    const threshold = reliableChange(6);
    await expect(page.locator('table.scores tbody tr td:last-child')).toHaveText([
      '+30',
      t('diagnostic.results.withinNoise', { change: '0', threshold }),
      t('diagnostic.results.withinNoise', { change: '0', threshold }),
      t('diagnostic.results.withinNoise', { change: '+5', threshold }),
      t('diagnostic.results.withinNoise', { change: '0', threshold }),
    ]);
    await expect(page.locator('.results')).not.toContainText('significati');
    await expect(page.locator('.results .callout.warning')).toContainText(t('diagnostic.results.compareVersions', { earlier: 2 }));
  });

  test('ce que disent les scores vient d’abord, une seule fois : un graphique, le tableau replié, les pistes non répétées', async ({ page }) => {
    const spec = { id: 'engagement', code: engagement.code, version: engagement.version, dimensions: engagement.dimensions.length };
    await openAssessment(page, 'engagement', `#r=${encodeResult(spec, [20, 40, 50, 75, 90])}`);
    await expect(page.locator('.results figure')).toHaveCount(1);
    await expect(page.locator('.results .radar')).toHaveCount(0);
    await expect(page.locator('details.score-table')).not.toHaveAttribute('open');
    const order = await page.locator('.results > .summary, .results > .details, .results > .plan').evaluateAll((els) => els.map((e) => e.classList[0]));
    expect(order).toEqual(['summary', 'details', 'plan']);
    // The three lowest dimensions' actions are offered by the plan, not listed again above it.
    await expect(page.locator('.details .sub-note')).toHaveCount(3);
    await expect(page.locator('.details .dimension ul')).toHaveCount(2);
  });
});

test('sur un portable, « Ni d’accord ni pas d’accord » tient sur deux lignes au plus', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openAssessment(page, 'engagement');
  const label = page.locator('.assessment .option span', { hasText: loadInstrument('engagement').scale.labels[2]! }).first();
  const box = await label.evaluate((el) => ({ height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) }));
  expect(box.height).toBeLessThanOrEqual(box.line * 2 + 1);
});
