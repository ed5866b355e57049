/**
 * What the assessment end-to-end tests know about the questionnaires (read from content/) and
 * how they drive a page: wait for hydration, answer by keyboard, read the results table.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { frenchTypography } from '../../src/lib/typography';
import { questionnaireSteps } from '../../src/lib/island-instrument';
import { uiText } from '../support/site-data';

export interface TestInstrument {
  id: string;
  /** Letter that starts its result codes, and the version of its statements. */
  code: string;
  version: number;
  /** Page title (`<h1>`) and the short name messages and links use (« Climat éthique »). */
  title: string;
  shortTitle: string;
  minutes: number;
  scale: { labels: string[]; dontKnow: string; notApplicable?: string };
  results: { type: 'index' | 'profile'; highest: string; lowest: string };
  dimensions: { id: string; name: string; bands: { min: number; max: number; label: string }[] }[];
  items: { id: string; dimension: string; text: string; reverse?: boolean; notApplicable?: boolean; label?: string; guide?: string }[];
}

/** The assessment strings as the French pages show them (typography applied, spaces folded). */
const t = uiText('fr');

export const instrumentIds = ['engagement', 'climat-ethique', 'manager-leader'] as const;

/** Reads `content/diagnostics/<id>.json`, with the typography the pages apply to the texts they show. */
export function loadInstrument(id: string): TestInstrument {
  const data = JSON.parse(readFileSync(`content/diagnostics/${id}.json`, 'utf8')) as Omit<TestInstrument, 'id'>;
  const typeset = frenchTypography;
  return {
    ...data,
    id,
    title: typeset(data.title),
    shortTitle: typeset(data.shortTitle),
    scale: { labels: data.scale.labels.map(typeset), dontKnow: typeset(data.scale.dontKnow), ...(data.scale.notApplicable ? { notApplicable: typeset(data.scale.notApplicable) } : {}) },
    results: { ...data.results, highest: typeset(data.results.highest), lowest: typeset(data.results.lowest) },
    dimensions: data.dimensions.map((d) => ({ ...d, name: typeset(d.name), bands: d.bands.map((b) => ({ ...b, label: typeset(b.label) })) })),
    items: data.items.map((i) => ({ ...i, text: typeset(i.text), ...(i.label === undefined ? {} : { label: typeset(i.label) }) })),
  };
}

/** Items of each dimension, in dimension order (what scoring groups). */
export function byDimension(instrument: TestInstrument): TestInstrument['items'][] {
  return instrument.dimensions.map((d) => instrument.items.filter((i) => i.dimension === d.id));
}

/** Items of each step as the questionnaire shows them: dimensions mixed (src/lib/island-instrument.ts). */
export function steps(instrument: TestInstrument): TestInstrument['items'][] {
  return questionnaireSteps(instrument.dimensions.map((d) => ({ items: instrument.items.filter((i) => i.dimension === d.id) })));
}

/**
 * Opens an assessment page (optionally with a fragment) and waits until its island is interactive
 * and the network is quiet (the browser's own favicon request included): « after load » starts here.
 */
export async function openAssessment(page: Page, id: string, hash = ''): Promise<void> {
  await page.goto(`diagnostic/${id}/${hash}`);
  await expect(page.locator('.assessment[data-ready]')).toHaveCount(1);
  await page.waitForLoadState('networkidle');
}

/** Presses Tab until the focused element matches `selector` (at most `max` presses). */
export async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Aucun élément « ${selector} » atteint au clavier en ${max} tabulations`);
}

/**
 * Answers every step with the keyboard only: `keyFor(step, index, item)` gives the key pressed for
 * each item of the step on screen (1–5, 0 for « don't know », 6 for « does not apply » where the
 * item offers it, or Tab to leave it unanswered); `atStep` runs once a step is filled.
 * Ends on the review step, its heading focused.
 */
export async function answerByKeyboard(
  page: Page,
  instrument: TestInstrument,
  keyFor: (step: number, index: number, item: TestInstrument['items'][number]) => string,
  atStep: (step: number) => Promise<void> = async () => {},
): Promise<void> {
  const groups = steps(instrument);
  await tabTo(page, '.assessment input[type=radio]');
  for (const [s, items] of groups.entries()) {
    await expect(page.locator('.assessment .progress p')).toHaveText(t('diagnostic.step', { n: s + 1, total: groups.length }));
    for (let i = 0; i < items.length; i++) await page.keyboard.press(keyFor(s, i, items[i]!));
    await expect(page.locator('.assessment button[type=submit]')).toBeFocused();
    await atStep(s);
    await page.locator('.assessment button[type=submit]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.assessment h2')).toBeFocused();
  }
  await expect(page.locator('.assessment h2')).toHaveText(t('diagnostic.review.title'));
}

/** Completes the questionnaire with the keyboard only, `key` on every item, and opens the results. */
export async function completeByKeyboard(page: Page, instrument: TestInstrument, key: string): Promise<void> {
  await answerByKeyboard(page, instrument, () => key);
  await showResultsByKeyboard(page);
}

/** From the review step: Tab to « Voir mes résultats », Enter, results heading focused. */
export async function showResultsByKeyboard(page: Page): Promise<void> {
  await tabTo(page, '.assessment .nav .button:not(.secondary)');
  await expect(page.locator(':focus')).toHaveText(t('diagnostic.review.show'));
  await page.keyboard.press('Enter');
  await expect(page.locator('#results-title')).toBeFocused();
}

/** Opens the folded table of scores of the results, if it is folded. */
export async function openScoreTable(page: Page): Promise<void> {
  const details = page.locator('details.score-table');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

/** Reads the results table (unfolding it): dimension name → score cell text. */
export async function resultsTable(page: Page): Promise<Record<string, string>> {
  await openScoreTable(page);
  const rows = page.locator('table.scores tbody tr');
  await expect(rows.first()).toBeVisible();
  const out: Record<string, string> = {};
  for (const row of await rows.all()) out[(await row.locator('th').innerText()).trim()] = (await row.locator('td').first().innerText()).trim();
  return out;
}

/** The result code shown on the page. */
export async function resultCode(page: Page): Promise<string> {
  return (await page.locator('.code-box .code code').innerText()).trim();
}
