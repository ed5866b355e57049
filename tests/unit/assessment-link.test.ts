// @vitest-environment happy-dom
/**
 * The assessment page's address store with its real dependencies (`assessment`, `plan`): what the
 * address says and what the plan holds after a result link is opened, on load and when the
 * fragment changes while results are on screen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanStores } from 'nanostores';
import { $answers, $compare, $linkError, $results, $step, answer, restart } from '../../src/stores/assessment';
import { $questionnaire, bindQuestionnaire } from '../../src/stores/assessment-link';
import { $plan, $planLinkError, $planRefusal, DEFAULT_MONTHS, resetPlan, toggleAction } from '../../src/stores/plan';
import { encodeResult } from '../../src/lib/result-code';
import { addMonths, encodePlan, isoDay } from '../../src/lib/plan-code';
import { codeSpecOf } from '../../src/lib/instrument-view';
import { planShape } from '../../src/lib/plan-offer';
import { instrument, registry } from './islands/fixtures';

const engagement = instrument('engagement');
const spec = codeSpecOf(engagement);
const codeA = encodeResult(spec, engagement.dimensions.map(() => 40));
const codeB = encodeResult(spec, engagement.dimensions.map(() => 70));
const offered = () => addMonths(isoDay(new Date()), DEFAULT_MONTHS);

/** Puts `hash` in the address and mounts the store, as the island does on a page load. */
function load(hash: string): () => void {
  history.replaceState(null, '', `/diagnostic/engagement/${hash}`);
  bindQuestionnaire({ id: engagement.id, registry, plan: planShape(engagement.dimensions) });
  return $questionnaire.listen(() => {});
}

/** Changes the fragment as a reader typing in the address bar does (a hashchange follows). */
function type(hash: string): void {
  history.replaceState(null, '', `/diagnostic/engagement/${hash}`);
  dispatchEvent(new HashChangeEvent('hashchange'));
}

let unmount = () => {};
afterEach(() => {
  unmount();
  restart();
  resetPlan();
  cleanStores($answers, $step, $results, $compare, $linkError, $questionnaire, $plan, $planLinkError, $planRefusal);
  $questionnaire.set(null);
  history.replaceState(null, '', '/');
});

describe('assessment address', () => {
  it('opens the results of the link in the address on load, with a date offered for the plan', () => {
    unmount = load(`#r=${codeA}`);
    expect($results.get()?.code).toBe(codeA);
    expect($plan.get()).toEqual({ actions: [], date: offered() });
    expect(location.hash).toBe(`#r=${codeA}`);
  });

  it('keeps the date of the plan a link carries', () => {
    const plan = encodePlan({ actions: [{ text: 'Appeler trois clients' }], date: '2999-01-15' });
    unmount = load(`#r=${codeA}&p=${plan}`);
    expect($plan.get()).toEqual({ actions: [{ text: 'Appeler trois clients' }], date: '2999-01-15' });
    expect(location.hash).toBe(`#r=${codeA}&p=${plan}`);
  });

  it('drops a plan that cannot be read from the address on load, keeping the results', () => {
    unmount = load(`#r=${codeA}&p=1.20270301.bzzz`);
    expect($results.get()?.code).toBe(codeA);
    expect($planLinkError.get()).not.toBeNull();
    expect(location.hash).toBe(`#r=${codeA}`);
  });

  it('leaves a broken link typed over results in the address, beside its error, instead of the old code', () => {
    unmount = load(`#r=${codeA}`);
    toggleAction({ dimension: 0, band: 0, index: 0 });
    const broken = `${codeB.slice(0, -1)}${codeB.endsWith('A') ? 'B' : 'A'}`;
    type(`#r=${broken}`);
    expect($results.get()).toBeNull();
    expect($linkError.get()).not.toBeNull();
    expect(location.hash).toBe(`#r=${broken}`);
  });

  it('never writes the old code while the new link is read', () => {
    unmount = load(`#r=${codeA}`);
    toggleAction({ dimension: 0, band: 0, index: 0 });
    const written: string[] = [];
    const replace = history.replaceState.bind(history);
    history.replaceState = (data, unused, url) => {
      written.push(String(url));
      replace(data, unused, url);
    };
    try {
      type(`#r=${codeB}`);
    } finally {
      history.replaceState = replace;
    }
    expect($results.get()?.code).toBe(codeB);
    expect(written.filter((url) => url.includes(codeA))).toEqual([]);
  });

  it('offers a date again to the plan of the results a fragment change opens', () => {
    unmount = load(`#r=${codeA}`);
    toggleAction({ dimension: 0, band: 0, index: 0 });
    type(`#r=${codeB}`);
    expect($results.get()?.code).toBe(codeB);
    expect($plan.get()).toEqual({ actions: [], date: offered() });
    expect(location.hash).toBe(`#r=${codeB}`);
  });

  it('removes a result link that answers replace from the address', () => {
    unmount = load('');
    answer(engagement.items[0]!.id, 3);
    expect(location.hash).toBe('');
  });
});
