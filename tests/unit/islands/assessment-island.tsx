/**
 * What the assessment island's tests share: rendering the island with a fragment already in the
 * address, as on a page load, and putting every store it uses back as it was after each test.
 */
import { cleanup, render } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import Assessment from '../../../src/components/islands/Assessment';
import { $answers, $compare, $linkError, $results, $step, restart } from '../../../src/stores/assessment';
import { $questionnaire } from '../../../src/stores/assessment-link';
import { $plan, $planLinkError, resetPlan } from '../../../src/stores/plan';
import { assessmentPage } from './fixtures';

/** Renders the island of questionnaire `id` with `hash` in the page's address; returns its container. */
export async function renderAssessmentAt(hash: string, id = 'engagement'): Promise<Element> {
  history.replaceState(null, '', `/diagnostic/${id}/${hash}`);
  // happy-dom announces that fragment change with a late hashchange: let it pass before the island
  // exists, which must then find the link in the address by itself, as on a page load.
  await new Promise((resolve) => setTimeout(resolve, 10));
  return render(<Assessment {...assessmentPage(id)} />).container;
}

/** Unmounts the island and empties its stores and the address (an `afterEach`). */
export function resetAssessmentIsland(): void {
  cleanup();
  restart();
  resetPlan();
  cleanStores($answers, $step, $results, $compare, $linkError, $questionnaire, $plan, $planLinkError);
  $questionnaire.set(null);
  history.replaceState(null, '', '/');
}
