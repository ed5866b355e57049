/**
 * State of the team page, in memory only: the pasted codes, the anonymity threshold, and a summary
 * read from a shared link. Nothing is persisted; closing the page forgets everything (by design).
 *
 * - `$teamInput`: the text of the codes field (codes or result links, one per line).
 * - `$threshold`: the anonymity threshold chosen (4 or more; 5 by default).
 * - `$shared`: the aggregates of a summary link the page was opened with (`#s=…`), its error, or null.
 *
 * The island derives everything else (parsing, aggregation, readiness) with the pure modules of `src/lib/`.
 */
import { atom } from 'nanostores';
import { DEFAULT_THRESHOLD, effectiveThreshold } from '../lib/team-stats';
import { readSummaryFragment, type FragmentError, type SharedSummary, type TeamInstrument } from '../lib/team-summary';

export type SharedState = { ok: true; value: SharedSummary } | { ok: false; error: FragmentError } | null;

export const $teamInput = atom('');
export const $threshold = atom(DEFAULT_THRESHOLD);
export const $shared = atom<SharedState>(null);

/** Replaces the codes text. */
export function setTeamInput(text: string): void {
  $teamInput.set(text);
}

/** Appends the text of a file the facilitator picked (read locally), on a new line. */
export async function addTeamFile(file: Blob): Promise<boolean> {
  try {
    const text = await file.text();
    const current = $teamInput.get();
    $teamInput.set(current && !current.endsWith('\n') ? `${current}\n${text}` : current + text);
    return true;
  } catch {
    return false;
  }
}

/** Sets the anonymity threshold, never below 4. */
export function setThreshold(value: number): void {
  $threshold.set(effectiveThreshold(value));
}

/** Reads a summary link's fragment (`#s=…`); a page without one keeps `$shared` null. */
export function openShared(hash: string, instruments: readonly TeamInstrument[]): void {
  const read = readSummaryFragment(hash, instruments);
  $shared.set(read.ok || read.error !== 'absent' ? read : null);
}

/** Leaves the shared summary for the facilitator's own analysis. */
export function closeShared(): void {
  $shared.set(null);
}

/** Forgets every pasted code and restores the default threshold. */
export function clearTeam(): void {
  $teamInput.set('');
  $threshold.set(DEFAULT_THRESHOLD);
}
