// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { atom, cleanStores } from 'nanostores';
import { $sessionResponses, $sessionSummary, addSessionResponse, guardSessionLeave, resetSession, sessionHoldsResponses, showSessionSummary } from '../../src/stores/team-session';

const code = (m: number) => ({ instrument: 'engagement', version: 2, scores: [m] });
const summary = { threshold: 5, groups: [] };

afterEach(() => {
  resetSession();
  cleanStores($sessionResponses, $sessionSummary);
  vi.restoreAllMocks();
});

describe('the session store', () => {
  it('counts people: two identical codes are two people', () => {
    addSessionResponse(code(50));
    addSessionResponse(code(50));
    expect($sessionResponses.get()).toHaveLength(2);
  });

  it('ends the session when its summary is shown: the responses are forgotten', () => {
    for (const m of [10, 20, 30, 40, 50]) addSessionResponse(code(m));
    showSessionSummary(summary);
    expect($sessionSummary.get()).toBe(summary);
    expect($sessionResponses.get()).toEqual([]);
    // One more person after the summary starts a count from zero, never the old one plus one.
    addSessionResponse(code(60));
    expect($sessionResponses.get()).toHaveLength(1);
  });

  it('starts a new session from zero', () => {
    addSessionResponse(code(50));
    showSessionSummary(summary);
    resetSession();
    expect([$sessionResponses.get(), $sessionSummary.get()]).toEqual([[], null]);
  });

  it('holds responses while some are kept or someone is answering', () => {
    expect(sessionHoldsResponses([], false)).toBe(false);
    expect(sessionHoldsResponses([code(1)], false)).toBe(true);
    expect(sessionHoldsResponses([], true)).toBe(true);
  });
});

describe('guardSessionLeave', () => {
  it('listens to beforeunload only while busy, and stops', () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const $busy = atom(false);
    const stop = guardSessionLeave(() => $busy.get(), [$busy]);
    expect(add.mock.calls.filter(([type]) => type === 'beforeunload')).toHaveLength(0);
    $busy.set(true);
    expect(add.mock.calls.filter(([type]) => type === 'beforeunload')).toHaveLength(1);
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    $busy.set(false);
    expect(remove.mock.calls.filter(([type]) => type === 'beforeunload')).toHaveLength(1);
    stop();
  });
});
