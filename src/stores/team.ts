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
 * Derived, never set: `$parsed` (the pasted codes sorted into valid, invalid and repeated ones) and
 * `$summary` (the team figures of the valid codes under the threshold), computed by `src/lib/`.
 */
import { atom, computed } from 'nanostores';
import { decodeResult } from '../lib/result-code';
import { codeErrorMessage } from '../lib/code-messages';
import { parseTeamInput, type DecodeOutcome, type TeamInput } from '../lib/team-input';
import { DEFAULT_THRESHOLD, effectiveThreshold } from '../lib/team-stats';
import { readSummaryFragment, summarize, type FragmentError, type SharedSummary, type TeamCode, type TeamInstrument } from '../lib/team-summary';
import type { RegistryEntry } from '../lib/instrument-view';
import type { T } from '../lib/i18n';

/** A shared summary opened from the address, or why it could not be (an address without one is no summary: null). */
export type SharedState = { ok: true; value: SharedSummary } | { ok: false; error: Exclude<FragmentError, 'absent'> } | null;

/** What the team page knows: its questionnaires, the code registry, and its translator for code errors. */
export interface TeamPage {
  instruments: readonly TeamInstrument[];
  registry: readonly RegistryEntry[];
  t: T;
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

/** The pasted codes sorted into valid (first occurrence), invalid (with why) and repeated ones; none before the page is bound. */
export const $parsed = computed([$teamInput, $teamPage], (input, page): TeamInput<TeamCode> => (page ? parseTeamInput(input, decoderOf(page)) : { valid: [], invalid: [], duplicates: [] }));

/** The team figures of the valid codes, per questionnaire and version, under the anonymity threshold. */
export const $summary = computed([$parsed, $threshold, $teamPage], (parsed, threshold, page) =>
  summarize(
    parsed.valid.map((v) => v.value),
    page?.instruments ?? [],
    threshold,
  ),
);

/** Binds the page's data, then reads a summary link's fragment (`hash`). */
export function openTeam(page: TeamPage, hash: string): void {
  $teamPage.set(page);
  openShared(hash, page.instruments);
}

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
}
