/**
 * The assessment page's address and its stores, kept in sync while the assessment island holds the
 * binding `bindQuestionnaire` returns (from hydration to unmount; never on the team page, which
 * imports none of this):
 *
 * - a result link (`#r=CODE`, with its plan: `&p=PLAN`) opens the results and the plan, on load and
 *   on every fragment change; a plan that cannot be read is ignored (`$planLinkError` says why);
 * - results put on screen (from a link or from answers) start a new plan, offered a date
 *   `DEFAULT_MONTHS` ahead unless their link carries one;
 * - each of these actions changes several stores in one `batch()`: listeners run once, on the
 *   finished state, so the address is never written from the old results while new ones are read;
 * - the fragment then carries the code on display and its plan, so a bookmark reopens both;
 *   nothing of it is ever sent (a fragment stays in the browser);
 * - leaving the page with answers in progress asks first.
 */
import { atom, batch, onMount } from 'nanostores';
import type { CodeSpec } from '../lib/result-code';
import type { ScoredItem } from '../lib/scoring';
import { isoDay, type PlanShape } from '../lib/plan-code';
import { formatResultLink, parseResultLink } from '../lib/result-link';
import { $answers, $linkError, $results, finish, inProgress, openCode } from './assessment';
import { $plan, offerDate, openPlan, planParam, resetPlan } from './plan';

/** The questionnaire a page runs: its instrument id, every code spec its result links may carry, and the shape of its plans. */
export interface Questionnaire {
  id: string;
  registry: readonly CodeSpec[];
  plan: PlanShape;
}

export const $questionnaire = atom<Questionnaire | null>(null);

/**
 * Binds the page's questionnaire and keeps the address in sync with the stores (opening a result
 * link of the address at once) until the returned function is called.
 */
export function bindQuestionnaire(questionnaire: Questionnaire): () => void {
  $questionnaire.set(questionnaire);
  return $questionnaire.listen(() => {});
}

/** Today in the reader's time zone (`YYYY-MM-DD`): the plan's offered date counts from it. */
const today = () => isoDay(new Date());

/**
 * The page's « show the results »: scores the answers (`steps`: the items of each dimension in
 * order) and starts their plan, offered a date, in one notification.
 */
export function showResults(spec: CodeSpec, steps: readonly (readonly Omit<ScoredItem, 'dimension'>[])[]): void {
  batch(() => {
    resetPlan();
    finish(spec, steps);
    offerDate(today());
  });
}

onMount($questionnaire, () => {
  // Bound by the assessment island before its first read; never on the server.
  const bound = $questionnaire.get();
  if (!bound) return;
  const open = () => {
    const { code, plan } = parseResultLink(location.hash);
    if (code === null) return;
    // One notification: a listener called between the plan's reset and the new results would write
    // the results still on screen back into the address, over the link being opened.
    batch(() => {
      resetPlan();
      if (openCode(code, bound.registry, bound.id) !== null) return;
      openPlan(plan, bound.plan);
      offerDate(today());
    });
  };
  // Listening to beforeunload only while answers are in progress keeps the page in the back-forward cache otherwise.
  const warn = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    event.returnValue = '';
  };
  let guarding = false;
  const guard = () => {
    const busy = inProgress($answers.get(), $results.get());
    if (busy !== guarding) (busy ? addEventListener : removeEventListener)('beforeunload', warn);
    guarding = busy;
  };
  // The fragment carries the code on display and its plan; replaceState fires no hashchange, so no loop with `open`.
  const write = () => {
    const shown = $results.get();
    const hash = shown ? formatResultLink(shown.code, planParam($plan.get())) : '';
    const stale = !shown && parseResultLink(location.hash).code !== null && !$linkError.get();
    if (shown ? location.hash !== hash : stale) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  };
  // Listening before the first `open`: the address then drops what the link carried and the page
  // did not keep (a plan that cannot be read), as it does on every later change.
  const unlisten = [
    $results.listen(() => {
      write();
      guard();
    }),
    $plan.listen(write),
    $answers.listen(guard),
  ];
  open();
  guard();
  addEventListener('hashchange', open);
  return () => {
    for (const stop of unlisten) stop();
    removeEventListener('hashchange', open);
    removeEventListener('beforeunload', warn);
  };
});
