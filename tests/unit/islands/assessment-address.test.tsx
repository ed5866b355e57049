// @vitest-environment happy-dom
/**
 * The assessment island when the reader changes the fragment while results are on screen: the
 * plan's date field shows the date offered again, and a broken link stays in the address.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/preact';
import { $plan, DEFAULT_MONTHS } from '../../../src/stores/plan';
import { encodeResult } from '../../../src/lib/result-code';
import { addMonths, isoDay } from '../../../src/lib/plan-code';
import { codeSpecOf } from '../../../src/lib/instrument-view';
import { instrument, t } from './fixtures';
import { renderAssessmentAt, resetAssessmentIsland } from './assessment-island';

const engagement = instrument('engagement');
const code = (score: number) => encodeResult(codeSpecOf(engagement), engagement.dimensions.map(() => score));
const dateField = (container: Element) => container.querySelector<HTMLInputElement>('#plan-date');

/** Opens the engagement page with `hash` in the address and waits for the results. */
async function openResults(hash: string): Promise<Element> {
  const container = await renderAssessmentAt(hash);
  await screen.findByRole('heading', { level: 2, name: t('diagnostic.results.title') });
  return container;
}

afterEach(resetAssessmentIsland);

describe('assessment island, fragment changed over results', () => {
  it('offers the date again in the plan of the results the new link opens', async () => {
    const offered = addMonths(isoDay(new Date()), DEFAULT_MONTHS);
    const container = await openResults(`#r=${code(40)}`);
    expect(dateField(container)!.value).toBe(offered);
    location.hash = `#r=${code(70)}`;
    await waitFor(() => expect(container.querySelector('.code-box code')!.textContent).toBe(code(70)));
    expect($plan.get().date).toBe(offered);
    expect(dateField(container)!.value).toBe(offered);
  });

  it('shows the error of a broken link and leaves that link in the address', async () => {
    await openResults(`#r=${code(40)}`);
    const broken = `${code(70).slice(0, -1)}${code(70).endsWith('A') ? 'B' : 'A'}`;
    location.hash = `#r=${broken}`;
    expect((await screen.findByRole('alert')).textContent).toBe(t('diagnostic.link.error', { message: t('diagnostic.code.error.checksum') }));
    expect(location.hash).toBe(`#r=${broken}`);
  });
});
