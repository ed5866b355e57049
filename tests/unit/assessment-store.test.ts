import { afterEach, describe, expect, it } from 'vitest';
import { cleanStores } from 'nanostores';
import { $answers, $compare, $linkError, $results, $step, answer, clearCompare, compareWith, editAnswers, finish, goToStep, openCode, inProgress, restart } from '../../src/stores/assessment';
import type { CodeSpec } from '../../src/lib/result-code';

const spec: CodeSpec = { id: 'engagement', code: 'E', version: 1, dimensions: 2 };
const registry: CodeSpec[] = [spec, { id: 'climat-ethique', code: 'C', version: 1, dimensions: 5 }];
const items = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'].map((id) => ({ id, reverse: id.endsWith('4') }));
const steps = [items.slice(0, 4), items.slice(4)];

afterEach(() => {
  restart();
  cleanStores($answers, $step, $results, $compare, $linkError);
});

describe('assessment store', () => {
  it('records answers and keeps them across steps', () => {
    answer('a1', 4);
    goToStep(1);
    goToStep(0);
    expect($answers.get()).toEqual({ a1: 4 });
    expect($step.get()).toBe(0);
  });

  it('never goes below the first step', () => {
    goToStep(-1);
    expect($step.get()).toBe(0);
  });

  it('is in progress once an answer exists, until results show', () => {
    expect(inProgress($answers.get(), $results.get())).toBe(false);
    answer('a1', 3);
    expect(inProgress($answers.get(), $results.get())).toBe(true);
    finish(spec, steps);
    expect(inProgress($answers.get(), $results.get())).toBe(false);
  });

  it('scores the answers and encodes them on finish', () => {
    for (const item of items) answer(item.id, 3);
    finish(spec, steps);
    expect($results.get()).toEqual({ scores: [50, 50], code: 'E1CK4H', version: 1, fromAnswers: true });
  });

  it('opens a result code of its instrument', () => {
    expect(openCode('#r=e1ck4h', registry, 'engagement')).toBeNull();
    expect($results.get()).toEqual({ scores: [50, 50], code: 'E1CK4H', version: 1, fromAnswers: false });
  });

  it('leaves results for the questionnaire when a new link cannot be read', () => {
    openCode('E1CK4H', registry, 'engagement');
    expect(openCode('E1CK4J', registry, 'engagement')).toEqual({ kind: 'checksum' });
    expect($results.get()).toBeNull();
  });

  it('keeps the questionnaire and reports why a code cannot be opened', () => {
    answer('a1', 2);
    expect(openCode('E1CK4J', registry, 'engagement')).toEqual({ kind: 'checksum' });
    expect($linkError.get()).toEqual({ kind: 'checksum' });
    expect($results.get()).toBeNull();
    expect($answers.get()).toEqual({ a1: 2 });
  });

  it('opens a code of an earlier version still read, and says which version produced it', () => {
    const both: CodeSpec[] = [{ ...spec, version: 2 }, spec];
    expect(openCode('E1CK4H', both, 'engagement')).toBeNull();
    expect($results.get()).toMatchObject({ scores: [50, 50], version: 1, fromAnswers: false });
    expect(compareWith('E1CK4H', both, 'engagement')).toBeNull();
    expect($compare.get()).toEqual({ scores: [50, 50], version: 1 });
  });

  it('compares with an earlier code, and clears the comparison', () => {
    expect(compareWith('E1CK4H', registry, 'engagement')).toBeNull();
    expect($compare.get()).toEqual({ scores: [50, 50], version: 1 });
    clearCompare();
    expect($compare.get()).toBeNull();
  });

  it('refuses to compare with a code of another instrument', () => {
    expect(compareWith('C1FJHZT4DG', registry, 'engagement')).toEqual({ kind: 'other-instrument', instrument: 'climat-ethique' });
    expect($compare.get()).toBeNull();
  });

  it('goes back to the review step with answers kept', () => {
    answer('a1', 5);
    finish(spec, steps);
    editAnswers(2);
    expect($results.get()).toBeNull();
    expect($step.get()).toBe(2);
    expect($answers.get()).toEqual({ a1: 5 });
  });

  it('forgets everything on restart', () => {
    answer('a1', 5);
    goToStep(1);
    finish(spec, steps);
    restart();
    expect([$answers.get(), $step.get(), $results.get(), $compare.get(), $linkError.get()]).toEqual([{}, 0, null, null, null]);
  });
});
