// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { atom, cleanStores } from 'nanostores';
import {
  $sessionPhase,
  $sessionResponses,
  $sessionSummary,
  addSessionResponse,
  guardSessionLeave,
  leaveTurn,
  resetSession,
  sessionHoldsResponses,
  showSessionSummary,
  startTurn,
  submitTurn,
} from '../../src/stores/team-session';
import { $answers, $results, $step, answer, goToStep } from '../../src/stores/assessment';
import { scoreItems } from '../../src/lib/scoring';
import { islandInstrument } from '../../src/lib/instrument-view';
import { instrument, registry } from './islands/fixtures';

const code = (m: number) => ({ instrument: 'engagement', version: 2, scores: [m] });
const summary = { threshold: 5, groups: [] };

afterEach(() => {
  resetSession();
  cleanStores($sessionResponses, $sessionSummary, $sessionPhase);
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

describe('a turn of the session', () => {
  const engagement = islandInstrument(instrument('engagement'));
  const groups = engagement.dimensions.map((d) => d.items);
  const spec = registry.find((r) => r.id === 'engagement' && r.version === engagement.version && !r.committee)!;
  const answerAll = (value: 1 | 2 | 3 | 4 | 5) => {
    for (const item of groups.flat()) answer(item.id, value);
  };

  it('starts on an empty questionnaire at its first step', () => {
    answer(groups[0]![0]!.id, 4);
    goToStep(2);
    startTurn();
    expect([$sessionPhase.get(), $answers.get(), $step.get()]).toEqual(['taking', {}, 0]);
  });

  it('adds the code of the answers to the session without showing it, forgets the answers and waits for the next person', () => {
    startTurn();
    answerAll(4);
    goToStep(groups.length);
    expect(submitTurn(spec, groups, registry)).toBe(true);
    expect($sessionResponses.get()).toEqual([{ instrument: 'engagement', version: engagement.version, scores: groups.map((items) => scoreItems(items, answersOf(items, 4)).score) }]);
    expect([$sessionPhase.get(), $answers.get(), $step.get(), $results.get()]).toEqual(['next', {}, 0, null]);
  });

  it('counts each turn as one person, the same answers twice included', () => {
    for (let person = 0; person < 2; person++) {
      startTurn();
      answerAll(3);
      submitTurn(spec, groups, registry);
    }
    expect($sessionResponses.get()).toHaveLength(2);
  });

  it('adds nothing when the registry cannot read the code back', () => {
    startTurn();
    answerAll(2);
    expect(submitTurn(spec, groups, [])).toBe(false);
    expect($sessionResponses.get()).toEqual([]);
    expect($sessionPhase.get()).toBe('next');
  });

  it('forgets the answers of a turn left from its first step', () => {
    startTurn();
    answer(groups[0]![0]!.id, 5);
    leaveTurn();
    expect([$sessionPhase.get(), $answers.get(), $sessionResponses.get()]).toEqual(['next', {}, []]);
  });

  it('resets to « next person » with no answers when a new session starts', () => {
    startTurn();
    answer(groups[0]![0]!.id, 5);
    resetSession();
    expect([$sessionPhase.get(), $answers.get()]).toEqual(['next', {}]);
  });
});

/** The answers `value` to every item of `items`. */
function answersOf(items: readonly { id: string }[], value: 1 | 2 | 3 | 4 | 5) {
  return Object.fromEntries(items.map((item) => [item.id, value]));
}
