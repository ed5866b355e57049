// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { $answers, $results, restart } from '../../../src/stores/assessment';
import { $plan, $planLinkError } from '../../../src/stores/plan';
import { encodeResult } from '../../../src/lib/result-code';
import { encodePlan } from '../../../src/lib/plan-code';
import { translator } from '../../../src/lib/i18n';
import { planStrings } from '../../../src/components/islands/assessment/plan-strings';
import { codeSpecOf } from '../../../src/lib/instrument-view';
import { questionnaireSteps } from '../../../src/lib/island-instrument';
import { instrument, t } from './fixtures';
import { renderAssessmentAt, resetAssessmentIsland } from './assessment-island';

const engagement = instrument('engagement');
const steps = engagement.dimensions.length;
const heading = (name: string) => screen.findByRole('heading', { level: 2, name });
/** Waits for step `n` (1-based) of the questionnaire on screen. */
const onStep = (n: number) => screen.findByText(t('diagnostic.step', { n, total: steps }));

/** Opens the page of questionnaire `id`, with `hash` in the address, and waits for hydration. */
async function open(hash = '', id = 'engagement'): Promise<Element> {
  const container = await renderAssessmentAt(hash, id);
  await waitFor(() => expect(container.querySelector('.assessment[data-ready]')).not.toBeNull());
  return container;
}

/** Answers every statement of the step on screen with `value` (1–5, or 0 for « don't know »). */
function answerStep(container: Element, value: number): void {
  for (const radio of container.querySelectorAll<HTMLInputElement>(`input[type=radio][value="${value}"]`)) fireEvent.click(radio);
}

afterEach(resetAssessmentIsland);

describe('assessment island', () => {
  it('shows the first step with its statements, then the next step once answered', async () => {
    const container = await open();
    // The heading names no dimension, and the step mixes statements of several dimensions.
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(t('diagnostic.stepHeading'));
    expect(screen.getByText(t('diagnostic.step', { n: 1, total: steps }))).toBeTruthy();
    const firstStep = questionnaireSteps(engagement.dimensions.map((d) => ({ items: engagement.items.filter((item) => item.dimension === d.id) })))[0]!;
    for (const item of firstStep) expect(screen.getByRole('group', { name: item.text })).toBeTruthy();
    expect(new Set(firstStep.map((item) => item.dimension)).size).toBeGreaterThan(1);
    expect(screen.queryByText(engagement.dimensions[0]!.name)).toBeNull();

    answerStep(container, 4);
    expect($answers.get()[firstStep[0]!.id]).toBe(4);
    fireEvent.click(screen.getByRole('button', { name: t('diagnostic.next') }));
    await onStep(2);
  });

  it('reviews the answers: every statement answered, then the results and their code', async () => {
    const container = await open();
    for (let step = 0; step < steps; step++) {
      await onStep(step + 1);
      answerStep(container, 3);
      fireEvent.click(screen.getByRole('button', { name: step === steps - 1 ? t('diagnostic.toReview') : t('diagnostic.next') }));
    }
    await heading(t('diagnostic.review.title'));
    expect(screen.getByText(t('diagnostic.review.complete'))).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: t('diagnostic.review.show') }));
    await heading(t('diagnostic.results.title'));
    const code = $results.get()!.code;
    expect(container.querySelector('.code-box code')!.textContent).toBe(code);
    expect(location.hash).toBe(`#r=${code}`);
  });

  it('lists the statements left unanswered in the review', async () => {
    await open();
    for (let step = 0; step < steps; step++) {
      await onStep(step + 1);
      fireEvent.click(screen.getByRole('button', { name: step === steps - 1 ? t('diagnostic.toReview') : t('diagnostic.next') }));
    }
    await heading(t('diagnostic.review.title'));
    expect(screen.getByText(/^Sans/).textContent).toBe(t('diagnostic.review.missing', { count: engagement.items.length }));
  });

  it('opens the results of a result link on load', async () => {
    const scores = engagement.dimensions.map((_, i) => 40 + i * 10);
    const code = encodeResult(codeSpecOf(engagement), scores);
    await open(`#r=${code}`);
    await heading(t('diagnostic.results.title'));
    expect(screen.getByText(t('diagnostic.results.fromCode', { code }))).toBeTruthy();
  });

  it('says why a corrupted result link cannot be read, and keeps the questionnaire usable', async () => {
    const code = encodeResult(codeSpecOf(engagement), engagement.dimensions.map(() => 50));
    const corrupted = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
    await open(`#r=${corrupted}`);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(t('diagnostic.link.error', { message: t('diagnostic.code.error.checksum') }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(t('diagnostic.stepHeading'));
    expect(screen.getByRole('button', { name: t('diagnostic.next') })).toHaveProperty('disabled', false);
  });

  it('survives any text after #r= without throwing', async () => {
    await open('#r=%%%not-a-code');
    expect((await screen.findByRole('alert')).textContent).not.toBe('');
  });

  it('opens the results when the fragment changes to a result link', async () => {
    await open();
    const code = encodeResult(codeSpecOf(engagement), engagement.dimensions.map(() => 60));
    location.hash = `#r=${code}`;
    await heading(t('diagnostic.results.title'));
    expect($results.get()!.code).toBe(code);
  });

  it('asks before leaving only while answers are in progress', async () => {
    const container = await open();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    answerStep(container, 3);
    expect(leave()).toBe(true);
    restart();
    expect(leave()).toBe(false);
  });

  it('says what the scores say once: one chart, the table folded, and from a code no contrast or risk signal', async () => {
    const climate = instrument('climat-ethique');
    const code = encodeResult(codeSpecOf(climate), climate.dimensions.map((_, i) => (i === 4 ? 100 : 20)));
    const container = await open(`#r=${code}`, 'climat-ethique');
    await heading(t('diagnostic.results.title'));
    expect(container.querySelectorAll('figure')).toHaveLength(1);
    expect(container.querySelector('.radar')).toBeNull();
    expect(container.querySelector('details.score-table')!.hasAttribute('open')).toBe(false);
    expect(container.querySelector('.risk')).toBeNull();
    expect(container.querySelector('.extremes')).toBeNull();
    expect(container.querySelector('.none-stands-out')!.textContent).toBe(t('diagnostic.results.noContrastFromCode'));
    // What each score suggests comes before the plan.
    const order = [...container.querySelectorAll('.details, .plan, .code-box')].map((e) => e.className.split(' ')[0]);
    expect(order.indexOf('details')).toBeLessThan(order.indexOf('code-box'));
  });
});

describe('action plan of the results', () => {
  const planT = translator(planStrings('fr'));
  const code = () => encodeResult(codeSpecOf(engagement), engagement.dimensions.map((_, i) => 30 + i * 10));

  it('reopens the plan of a result link and says when its date has come', async () => {
    const plan = encodePlan({ actions: [{ text: 'Appeler trois clients' }], date: '2020-01-15' });
    const container = await open(`#r=${code()}&p=${plan}`);
    await heading(t('diagnostic.results.title'));
    expect(container.querySelector('.plan-list')!.textContent).toContain('Appeler trois clients');
    expect(container.querySelector('.plan .callout')?.textContent).toBe(planT('plan.due'));
  });

  it('keeps a plan whose date is ahead without the due note, and writes a chosen action into the address', async () => {
    const plan = encodePlan({ actions: [{ text: 'Appeler trois clients' }], date: '2999-01-15' });
    const container = await open(`#r=${code()}&p=${plan}`);
    await heading(t('diagnostic.results.title'));
    expect(container.querySelector('.plan .callout')).toBeNull();
    const offered = screen.getAllByRole('checkbox')[0]!;
    fireEvent.click(offered);
    await waitFor(() => expect($plan.get().actions).toHaveLength(2));
    expect(location.hash).toBe(`#r=${$results.get()!.code}&p=${encodePlan($plan.get())}`);
  });

  it('ignores a malformed plan with a message and still shows the results', async () => {
    await open(`#r=${code()}&p=9.garbage`);
    await heading(t('diagnostic.results.title'));
    expect($plan.get().actions).toEqual([]);
    expect($planLinkError.get()).not.toBeNull();
  });
});
