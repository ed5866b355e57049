/**
 * State of the team page, in memory only: the pasted codes, the anonymity threshold, and a summary
 * read from a shared link. Nothing is persisted; closing the page forgets everything (by design).
 *
 * - `$teamInput`: the text of the codes field (codes or result links, one per line).
 * - `$threshold`: the anonymity threshold chosen (4 or more; 5 by default).
 * - `$shared`: the aggregates of a summary link the page was opened with (`#s=…`), its error, or null.
 * - `$teamPage`: the page's questionnaires, code registry and translator, bound by the island as it
 *   hydrates (`openTeam`); null before.
 *
 * Derived, set only by the analysis: `$parsed` (the pasted codes sorted into valid, invalid and
 * repeated ones) and `$summary` (the team figures of the valid codes under the threshold), computed
 * by `src/lib/team-analysis.ts` in slices of at most `SLICE_MS`, so that 15,000 codes never freeze
 * the page: a short input is analysed at once; a long one reports `$progress` between slices (and
 * shows no stale figures meanwhile) until done, replaced by a newer input, or cancelled
 * (`cancelAnalysis`, which sets `$cancelled` until the next analysis).
 */
import { atom } from 'nanostores';
import { decodeResult } from '../lib/result-code';
import { codeErrorMessage } from '../lib/code-messages';
import type { DecodeOutcome, TeamInput } from '../lib/team-input';
import { DEFAULT_THRESHOLD, effectiveThreshold } from '../lib/team-stats';
import { readSummaryFragment, summarize, type FragmentError, type SharedSummary, type TeamCode, type TeamInstrument, type TeamSummary } from '../lib/team-summary';
import { analysisSteps, runSliced, summarySteps, type AnalysisProgress, type AnalysisResult } from '../lib/team-analysis';
import type { RegistryEntry } from '../lib/instrument-view';
import type { KeysUnder, Translator } from '../lib/i18n';

/** A shared summary opened from the address, or why it could not be (an address without one is no summary: null). */
export type SharedState = { ok: true; value: SharedSummary } | { ok: false; error: Exclude<FragmentError, 'absent'> } | null;

/** What the team page knows: its questionnaires, the code registry, and its translator for code errors. */
export interface TeamPage {
  instruments: readonly TeamInstrument[];
  registry: readonly RegistryEntry[];
  t: Translator<KeysUnder<'diagnostic.code.error'>>;
}

export const $teamInput = atom('');
export const $threshold = atom(DEFAULT_THRESHOLD);
export const $shared = atom<SharedState>(null);
export const $teamPage = atom<TeamPage | null>(null);

/** Returns a decoder of one code against the page's registry, its errors worded by the page's translator. */
function decoderOf({ registry, t }: TeamPage): (code: string) => DecodeOutcome<TeamCode> {
  const nameOf = (id: string) => registry.find((r) => r.id === id)?.name ?? id;
  return (code) => {
    const result = decodeResult(code, registry);
    // `code` comes normalised from parseTeamInput (src/lib/result-link.ts), so it is its own duplicate key.
    if (result.ok) return { ok: true, value: result.value };
    const message = codeErrorMessage(result.error, nameOf);
    return { ok: false, message: t(message.key, message.values) };
  };
}

const noCodes = (): TeamInput<TeamCode> => ({ valid: [], invalid: [], duplicates: [] });

/** The pasted codes sorted into valid (first occurrence), invalid (with why) and repeated ones; none before the page is bound. */
export const $parsed = atom<TeamInput<TeamCode>>(noCodes());

/** The team figures of the valid codes, per questionnaire and version, under the anonymity threshold. */
export const $summary = atom<TeamSummary>(summarize([], [], DEFAULT_THRESHOLD));

/** Where a long analysis is (null when none is running). */
export const $progress = atom<AnalysisProgress | null>(null);

/** True when the reader stopped the analysis, until the next one starts. */
export const $cancelled = atom(false);

/** Longest stretch of analysis before the page gets its main thread back, in milliseconds. */
export const SLICE_MS = 15;

/** Characters from which a text is read only after the page has drawn its progress (about 2,000 codes). */
export const LONG_TEXT = 20_000;

/**
 * Gives the main thread back to the page: a zero timeout, queued after the re-render the store's
 * change has just scheduled (`@nanostores/preact` re-renders in a timeout), so that the progress is
 * drawn between slices. (`scheduler.yield()` would run first and keep the progress from being drawn.)
 */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Each analysis has a number; a slice goes on only while its number is the latest. */
let generation = 0;
/** The text whose codes `$parsed` holds, complete: a new threshold then needs the summary only. */
let parsedText: string | null = null;

function finish(result: AnalysisResult, text: string): void {
  parsedText = text;
  $parsed.set(result.parsed);
  $summary.set(result.summary);
  $progress.set(null);
}

/** Analyses the current text under the current threshold (the summary only, when the codes are already read). */
function analyse(): void {
  const run = ++generation;
  const page = $teamPage.get();
  const text = $teamInput.get();
  const threshold = $threshold.get();
  $cancelled.set(false);
  if (!page) {
    finish({ parsed: noCodes(), summary: summarize([], [], threshold) }, text);
    return;
  }
  const parsed = $parsed.get();
  const steps =
    parsedText === text
      ? (function* () {
          const summary = yield* summarySteps(
            parsed.valid.map((v) => v.value),
            page.instruments,
            threshold,
          );
          return { parsed, summary };
        })()
      : analysisSteps(text, decoderOf(page), page.instruments, threshold);
  const sliced = runSliced<AnalysisResult>(steps, {
    budgetMs: SLICE_MS,
    now: () => performance.now(),
    pause,
    cancelled: () => run !== generation,
    onProgress: (progress) => {
      if (run === generation) $progress.set(progress);
    },
    // A long text is not even read in the event that brought it (a paste): the page first shows it is working.
    startNow: text.length < LONG_TEXT,
  });
  if (sliced.done) {
    finish(sliced.value, text);
    return;
  }
  // While the new figures are computed, the old ones (of another text or threshold) are not shown.
  parsedText = null;
  $parsed.set(noCodes());
  $summary.set(summarize([], [], threshold));
  if ($progress.get() === null) $progress.set({ phase: 'read', done: 0, total: text.split('\n').length });
  void sliced.promise.then((result) => {
    if (result && run === generation) finish(result, text);
  });
}

/** Stops the running analysis; the figures stay empty until the codes or the threshold change, or `analyseAgain`. */
export function cancelAnalysis(): void {
  if ($progress.get() === null) return;
  generation++;
  $progress.set(null);
  $cancelled.set(true);
}

/** Starts the analysis again after a cancel. */
export function analyseAgain(): void {
  analyse();
}

/** Binds the page's data, then reads a summary link's fragment (`hash`). */
export function openTeam(page: TeamPage, hash: string): void {
  $teamPage.set(page);
  parsedText = null;
  analyse();
  openShared(hash, page.instruments);
}

/** Replaces the codes text. */
export function setTeamInput(text: string): void {
  $teamInput.set(text);
  analyse();
}

/** Appends the text of a file the facilitator picked (read locally), on a new line. */
export async function addTeamFile(file: Blob): Promise<boolean> {
  try {
    const text = await file.text();
    const current = $teamInput.get();
    setTeamInput(current && !current.endsWith('\n') ? `${current}\n${text}` : current + text);
    return true;
  } catch {
    return false;
  }
}

/** Sets the anonymity threshold, never below 4. */
export function setThreshold(value: number): void {
  $threshold.set(effectiveThreshold(value));
  analyse();
}

/** Reads a summary link's fragment (`#s=…`); a page without one keeps `$shared` null. */
export function openShared(hash: string, instruments: readonly TeamInstrument[]): void {
  const read = readSummaryFragment(hash, instruments);
  $shared.set(read.ok ? read : read.error === 'absent' ? null : { ok: false, error: read.error });
}

/** Leaves the shared summary for the facilitator's own analysis, and the summary link for the page's plain address. */
export function closeShared(): void {
  $shared.set(null);
  history.replaceState(null, '', location.pathname);
}

/** Forgets every pasted code and restores the default threshold. */
export function clearTeam(): void {
  $teamInput.set('');
  $threshold.set(DEFAULT_THRESHOLD);
  analyse();
}
