/**
 * The action plan of the results on screen, in memory only: nothing is stored anywhere; the plan
 * travels in the page's fragment (`#r=CODE&p=PLAN`, written by the island), so a bookmark reopens it.
 *
 * - `$plan`: the chosen actions (one to three, in the order chosen) and the date to take the
 *   questionnaire again (`YYYY-MM-DD`, or null).
 * - `$planLinkError`: why the plan of the link the page was opened with was ignored, or null.
 * - `$planRefusal`: why the reader's last change was refused (`past`: a date before today; `date`:
 *   no readable date; `full`: a fourth action; `text`: own text empty or too long), or null.
 *
 * The plan UI reads these stores and calls the actions below; the codec lives in `src/lib/plan-code.ts`.
 */
import { atom } from 'nanostores';
import { MAX_ACTIONS, addMonths, decodePlan, encodePlan, isDate, ownText, sameAction, type Plan, type PlanAction, type PlanError, type PlanShape } from '../lib/plan-code';

/** Why a change to the plan was refused. */
export type PlanRefusal = 'past' | 'date' | 'full' | 'text';

export const $plan = atom<Plan>({ actions: [], date: null });
export const $planLinkError = atom<PlanError | null>(null);
export const $planRefusal = atom<PlanRefusal | null>(null);

/**
 * Returns `plan` as the fragment carries it, or null while it has no action (a date alone is no plan).
 * A function over `$plan` rather than a `computed` store: nanostores' `computed` would add about
 * 0.4 KB gzip to pages already at their JavaScript budget.
 */
export function planParam(plan: Plan): string | null {
  return plan.actions.length > 0 ? encodePlan(plan) : null;
}

/** Months from today to the date offered by default to take the questionnaire again. */
export const DEFAULT_MONTHS = 3;

/**
 * Sets the date offered by default (`DEFAULT_MONTHS` after `today`, `YYYY-MM-DD`) when the plan has
 * none; called with the results that start a plan (`src/stores/assessment-link.ts`), not by the UI.
 */
export function offerDate(today: string): void {
  const plan = $plan.get();
  if (plan.date === null) $plan.set({ ...plan, date: addMonths(today, DEFAULT_MONTHS) });
}

/**
 * Opens the plan a result link carries (`p=`, raw) for results of an instrument of `shape`.
 * A plan that cannot be read is ignored, and why is kept for the message; returns the error.
 */
export function openPlan(param: string | null, shape: PlanShape): PlanError | null {
  if (param === null) return null;
  const result = decodePlan(param, shape);
  $planLinkError.set(result.ok ? null : result.error);
  if (result.ok) $plan.set(result.plan);
  return result.ok ? null : result.error;
}

/** Adds `action` to the plan, or removes it when it is there; refuses a fourth action. */
export function toggleAction(action: PlanAction): void {
  const plan = $plan.get();
  const kept = plan.actions.filter((a) => !sameAction(a, action));
  if (kept.length < plan.actions.length) {
    $plan.set({ ...plan, actions: kept });
    $planRefusal.set(null);
  } else if (plan.actions.length >= MAX_ACTIONS) {
    $planRefusal.set('full');
  } else {
    $plan.set({ ...plan, actions: [...plan.actions, action] });
    $planRefusal.set(null);
  }
}

/** Adds an action in the reader's words; returns false (and says why) when the text or the count is refused. */
export function addOwnAction(text: string): boolean {
  const own = ownText(text);
  if (own === null) {
    $planRefusal.set('text');
    return false;
  }
  if ($plan.get().actions.some((a) => sameAction(a, { text: own }))) return true;
  toggleAction({ text: own });
  return $planRefusal.get() === null;
}

/** Sets the date to take the questionnaire again; refuses a day before `today` or an unreadable one. */
export function setPlanDate(date: string, today: string): boolean {
  if (!isDate(date)) {
    $planRefusal.set('date');
    return false;
  }
  if (date < today) {
    $planRefusal.set('past');
    return false;
  }
  $plan.set({ ...$plan.get(), date });
  $planRefusal.set(null);
  return true;
}

/** Returns the plan's date for a reminder, or null after saying that a reminder needs one. */
export function reminderDate(): string | null {
  const { date } = $plan.get();
  if (date === null) $planRefusal.set('date');
  return date;
}

/** Forgets the plan (other results on screen, or none). */
export function resetPlan(): void {
  $plan.set({ actions: [], date: null });
  $planLinkError.set(null);
  $planRefusal.set(null);
}
