/**
 * State of a team session on one shared device, in memory only (`team/Session.tsx` renders it).
 *
 * - `$sessionResponses`: the result codes of the people who answered so far, one per person (a
 *   session counts people: the facilitator sees each one hand the device back, so two people who
 *   gave the same answers count twice, unlike pasted codes).
 * - `$sessionSummary`: the summary, once shown. Showing it ends the session: the responses are
 *   cleared at that moment, so the summary is shown once and a new session starts from zero; no
 *   later response can be compared with it.
 *
 * Leaving the page while responses are held (or while someone is answering) asks first
 * (`guardSessionLeave`), as the questionnaire does.
 */
import { atom } from 'nanostores';
import type { TeamCode, TeamSummary } from '../lib/team-summary';

export const $sessionResponses = atom<readonly TeamCode[]>([]);
export const $sessionSummary = atom<TeamSummary | null>(null);

/** Adds one person's decoded code to the session. */
export function addSessionResponse(code: TeamCode): void {
  $sessionResponses.set([...$sessionResponses.get(), code]);
}

/**
 * Ends the session with its summary: keeps `summary` (computed by the caller from
 * `$sessionResponses`, with the page's aggregation) and forgets every response.
 */
export function showSessionSummary(summary: TeamSummary): void {
  $sessionSummary.set(summary);
  $sessionResponses.set([]);
}

/** Forgets the responses and the summary: the next session starts from zero. */
export function resetSession(): void {
  $sessionResponses.set([]);
  $sessionSummary.set(null);
}

/** Tells whether leaving the page would lose responses: some are held, or someone is answering now. */
export function sessionHoldsResponses(responses: readonly TeamCode[], answering: boolean): boolean {
  return responses.length > 0 || answering;
}

/**
 * Asks before the page is left while `busy()` is true, re-read whenever one of `stores` changes;
 * returns the function that stops. Listening to beforeunload only while busy keeps the page in the
 * back-forward cache otherwise.
 */
export function guardSessionLeave(busy: () => boolean, stores: readonly { listen: (cb: () => void) => () => void }[]): () => void {
  const warn = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    event.returnValue = '';
  };
  let guarding = false;
  const guard = () => {
    const now = busy();
    if (now !== guarding) (now ? addEventListener : removeEventListener)('beforeunload', warn);
    guarding = now;
  };
  const stops = stores.map((s) => s.listen(guard));
  guard();
  return () => {
    for (const stop of stops) stop();
    removeEventListener('beforeunload', warn);
  };
}
