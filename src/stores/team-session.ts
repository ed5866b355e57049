/**
 * State of a team session on one shared device, in memory only (`team/Session.tsx` renders it).
 *
 * - `$sessionResponses`: the result codes of the people who answered so far, one per person (a
 *   session counts people: the facilitator sees each one hand the device back, so two people who
 *   gave the same answers count twice, unlike pasted codes).
 * - `$sessionPhase`: who the screen is for: the neutral « next person » state, or someone answering
 *   (on the assessment stores, `./assessment`, whose answers each turn forgets when it ends).
 * - `$sessionSummary`: the summary, once shown. Showing it ends the session: the responses are
 *   cleared at that moment, so the summary is shown once and a new session starts from zero; no
 *   later response can be compared with it.
 *
 * Leaving the page while responses are held (or while someone is answering) asks first
 * (`guardSessionLeave`), as the questionnaire does.
 */
import { atom } from 'nanostores';
import { decodeResult, type CodeSpec } from '../lib/result-code';
import type { ScoredItem } from '../lib/scoring';
import type { TeamCode, TeamSummary } from '../lib/team-summary';
import { $results, finish, restart } from './assessment';

export const $sessionResponses = atom<readonly TeamCode[]>([]);
export const $sessionPhase = atom<'next' | 'taking'>('next');
export const $sessionSummary = atom<TeamSummary | null>(null);

/** Starts one person's turn: an empty questionnaire at its first step. */
export function startTurn(): void {
  restart();
  $sessionPhase.set('taking');
}

/** Leaves the questionnaire without answering (back from its first step): its answers are forgotten. */
export function leaveTurn(): void {
  restart();
  $sessionPhase.set('next');
}

/**
 * Ends one person's turn: scores their answers into a result code, as the assessment page would
 * (`spec`, `groups`: the questionnaire's code spec and items per dimension), adds it to the session
 * without showing it, forgets the answers and returns to « next person ». Returns whether the code
 * was added (it always reads back, unless `registry` lacks `spec`).
 */
export function submitTurn(spec: CodeSpec, groups: readonly (readonly Omit<ScoredItem, 'dimension'>[])[], registry: readonly CodeSpec[]): boolean {
  finish(spec, groups);
  const code = $results.get()?.code;
  const decoded = code ? decodeResult(code, registry) : undefined;
  restart();
  $sessionPhase.set('next');
  if (decoded?.ok) addSessionResponse(decoded.value);
  return decoded?.ok ?? false;
}

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

/** Forgets the responses, the summary and any answers: the next session starts from zero, at « next person ». */
export function resetSession(): void {
  restart();
  $sessionResponses.set([]);
  $sessionPhase.set('next');
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
