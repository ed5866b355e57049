/**
 * State of the one self-assessment on a page, in memory only: nothing is persisted anywhere, and a
 * reload or leaving the page starts over (by design; the page says so up front).
 *
 * - `$answers`: item id → answer (1–5, 0 for « don't know », 6 for « does not apply to my job »); an absent id is unanswered.
 * - `$step`: the step on screen (0-based; steps mix dimensions, see `questionnaireSteps`), or the
 *   number of steps (one per dimension) for the review step.
 * - `$results`: the results on screen (scores in dimension order and their code), or null while answering.
 *   Results come from the answers (`finish`) or from a result link (`openCode`).
 * - `$compare`: earlier scores the reader pasted as a code, with the version that produced them,
 *   shown next to the current ones.
 * - `$linkError`: why the result link the page was opened with could not be read.
 *
 * The assessment page keeps its address in sync with these stores through `./assessment-link`; the
 * team page's sessions use them without touching the address.
 *
 * Islands read these stores and call the actions below; scoring and codes live in `src/lib/`.
 */
import { atom, map } from 'nanostores';
import { decodeResultFor, encodeResult, type CodeError, type CodeSpec } from '../lib/result-code';
import { scoreItems, type Answer, type Score, type ScoredItem } from '../lib/scoring';

/** Results on screen. */
export interface ShownResults {
  scores: Score[];
  code: string;
  /** Version of the questionnaire that produced the scores (an earlier one for an old code). */
  version: number;
  /** True when computed from answers given on this page (answers can then be shown and edited). */
  fromAnswers: boolean;
  /** A management committee's declaration (its own code letter), not one person's answers. */
  committee?: boolean;
}

export const $answers = map<Record<string, Answer>>({});
export const $step = atom(0);
export const $results = atom<ShownResults | null>(null);
/** Scores of an earlier code, and the questionnaire version that produced them. */
export interface Compared {
  scores: Score[];
  version: number;
}

export const $compare = atom<Compared | null>(null);
export const $linkError = atom<CodeError | null>(null);

/** Returns true while answers exist that leaving the page would lose (results not yet shown). */
export function inProgress(answers: Readonly<Record<string, Answer>>, shown: ShownResults | null): boolean {
  return shown === null && Object.keys(answers).length > 0;
}

/** Records the answer to one item. */
export function answer(itemId: string, value: Answer): void {
  $answers.setKey(itemId, value);
}

/** Shows dimension step `step` (0-based), or the review step when `step` is the number of dimensions. */
export function goToStep(step: number): void {
  $step.set(Math.max(0, step));
}

/** Scores the current answers, `groups` being the items of each dimension in order, and shows the results. */
export function finish(spec: CodeSpec, groups: readonly (readonly Omit<ScoredItem, 'dimension'>[])[]): void {
  const scores = groups.map((items) => scoreItems(items, $answers.get()).score);
  $results.set({ scores, code: encodeResult(spec, scores), version: spec.version, fromAnswers: true, ...(spec.committee ? { committee: true } : {}) });
  $linkError.set(null);
}

/**
 * Opens the results carried by a result code or link (`…#r=CODE`) of instrument `expected`.
 * Returns the error when the code cannot be read: the questionnaire then shows, answers kept.
 */
export function openCode(input: string, registry: readonly CodeSpec[], expected: string): CodeError | null {
  const result = decodeResultFor(input, registry, expected);
  if (!result.ok) {
    $linkError.set(result.error);
    $results.set(null);
    return result.error;
  }
  const committee = result.value.committee ?? false;
  const spec = registry.find((s) => s.id === expected && s.version === result.value.version && (s.committee ?? false) === committee)!;
  $results.set({ scores: result.value.scores, code: encodeResult(spec, result.value.scores), version: spec.version, fromAnswers: false, ...(committee ? { committee: true } : {}) });
  $linkError.set(null);
  $compare.set(null);
  return null;
}

/**
 * Shows the scores of an earlier code of the same instrument next to the current ones.
 * Returns the error when the code cannot be read (the comparison then stays as it was).
 */
export function compareWith(input: string, registry: readonly CodeSpec[], expected: string): CodeError | null {
  const result = decodeResultFor(input, registry, expected);
  if (!result.ok) return result.error;
  $compare.set({ scores: result.value.scores, version: result.value.version });
  return null;
}

/** Removes the comparison. */
export function clearCompare(): void {
  $compare.set(null);
}

/** Leaves the results for the review step, answers kept. */
export function editAnswers(reviewStep: number): void {
  $results.set(null);
  $compare.set(null);
  $step.set(reviewStep);
}

/** Forgets everything and goes back to the first step. */
export function restart(): void {
  $answers.set({});
  $step.set(0);
  $results.set(null);
  $compare.set(null);
  $linkError.set(null);
}
