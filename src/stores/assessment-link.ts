/**
 * The assessment page's address and its stores, kept in sync while the assessment island listens
 * to `$questionnaire` (bound as it hydrates, never on the team page, which imports none of this):
 *
 * - a result link (`#r=CODE`, with its plan: `&p=PLAN`) opens the results and the plan, on load and
 *   on every fragment change; a plan that cannot be read is ignored (`$planLinkError` says why);
 * - the fragment then carries the code on display and its plan, so a bookmark reopens both;
 *   nothing of it is ever sent (a fragment stays in the browser);
 * - leaving the page with answers in progress asks first.
 */
import { atom, onMount } from 'nanostores';
import type { CodeSpec } from '../lib/result-code';
import type { PlanShape } from '../lib/plan-code';
import { formatResultLink, parseResultLink } from '../lib/result-link';
import { $answers, $linkError, $shown, inProgress, openCode } from './assessment';
import { $plan, openPlan, planParam, resetPlan } from './plan';

/** The questionnaire a page runs: its instrument id, every code spec its result links may carry, and the shape of its plans. */
export interface Questionnaire {
  id: string;
  registry: readonly CodeSpec[];
  plan: PlanShape;
}

export const $questionnaire = atom<Questionnaire | null>(null);

/** Binds the page's questionnaire; call it before reading `$questionnaire` (a read mounts it, and its mount reads the address). */
export function bindQuestionnaire(questionnaire: Questionnaire): void {
  $questionnaire.set(questionnaire);
}

onMount($questionnaire, () => {
  // Bound by the assessment island before its first read; never on the server.
  const bound = $questionnaire.get();
  if (!bound) return;
  const open = () => {
    const link = parseResultLink(location.hash);
    if (link.code === null) return;
    resetPlan();
    if (openCode(link.code, bound.registry, bound.id) === null) openPlan(link.plan, bound.plan);
  };
  // Listening to beforeunload only while answers are in progress keeps the page in the back-forward cache otherwise.
  const warn = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    event.returnValue = '';
  };
  let guarding = false;
  const guard = () => {
    const busy = inProgress($answers.get(), $shown.get());
    if (busy !== guarding) (busy ? addEventListener : removeEventListener)('beforeunload', warn);
    guarding = busy;
  };
  // The fragment carries the code on display and its plan; replaceState fires no hashchange, so no loop with `open`.
  const write = () => {
    const shown = $shown.get();
    const hash = shown ? formatResultLink(shown.code, planParam($plan.get())) : '';
    const stale = !shown && parseResultLink(location.hash).code !== null && !$linkError.get();
    if (shown ? location.hash !== hash : stale) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  };
  open();
  const unlisten = [
    $shown.listen(() => {
      write();
      guard();
    }),
    $plan.listen(write),
    $answers.listen(guard),
  ];
  guard();
  addEventListener('hashchange', open);
  return () => {
    for (const stop of unlisten) stop();
    removeEventListener('hashchange', open);
    removeEventListener('beforeunload', warn);
  };
});
