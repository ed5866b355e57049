import { describe, expect, it } from 'vitest';
import { ASSUMED, acquiescenceIndex, answerNoise, assumedReliability, reliableChange, reliableChangeOf, reliableDifference, responseStyle, riskPattern, standOut } from '../../src/lib/signals';
import { NOT_APPLICABLE, scoreItems, type Answer } from '../../src/lib/scoring';
import { questionnaireSteps, stepOf } from '../../src/lib/island-instrument';

/** Five dimensions of four items, two reverse-keyed each (the climate's shape). */
const groups = Array.from({ length: 5 }, (_, d) => [0, 1, 2, 3].map((i) => ({ id: `d${d}-${i}`, reverse: i >= 2 })));
/** Answers giving dimension d the scored values `values[d]` on every item (reversed items get 6 − v). */
function consistent(values: number[]): Record<string, Answer> {
  return Object.fromEntries(groups.flatMap((g, d) => g.map((item) => [item.id, (item.reverse ? 6 - values[d]! : values[d]!) as Answer])));
}

describe('the reliability assumption and the thresholds derived from it', () => {
  it('follows Spearman–Brown from the stated inter-item correlation', () => {
    expect(ASSUMED.interItem).toBe(0.4);
    expect(assumedReliability(4)).toBeCloseTo(0.727, 3);
    expect(assumedReliability(6)).toBeCloseTo(0.8, 3);
  });

  it('gives RCI = 1.96 × SD × √2 × √(1 − r), rounded up: 28 points for 4 items, 24 for 6, 22 for 7', () => {
    expect(reliableChange(4)).toBe(28);
    expect(reliableChange(6)).toBe(24);
    expect(reliableChange(7)).toBe(22);
    expect(reliableDifference(4, 4)).toBe(28);
  });
});

describe('response style', () => {
  it('reads yes-saying from the raw mean over balanced items, from 3.75', () => {
    const all4 = Object.fromEntries(groups.flat().map((i) => [i.id, 4 as Answer]));
    expect(acquiescenceIndex(groups, all4)).toBe(4);
    expect(responseStyle(groups, all4)).toBe('yes-saying');
    // An attentive respondent with a marked profile still averages 3 on raw answers.
    expect(acquiescenceIndex(groups, consistent([5, 4, 3, 2, 1]))).toBe(3);
    expect(responseStyle(groups, consistent([5, 4, 3, 2, 1]))).toBeNull();
  });

  it("reads one same answer everywhere, and ignores « don't know » and « does not apply »", () => {
    const all3 = Object.fromEntries(groups.flat().map((i) => [i.id, 3 as Answer]));
    expect(responseStyle(groups, all3)).toBe('same-answer');
    expect(responseStyle(groups, { ...all3, 'd0-0': 0, 'd1-0': NOT_APPLICABLE })).toBe('same-answer');
    expect(responseStyle(groups, { 'd0-0': 5 })).toBeNull();
  });
});

describe('signals with the answers at hand', () => {
  it('name the strongest and weakest dimensions, and the risk pattern, for a consistent respondent with a marked profile', () => {
    const answers = consistent([5, 3, 3, 3, 1]);
    const scores = groups.map((g) => scoreItems(g, answers).score);
    expect(scores).toEqual([100, 50, 50, 50, 0]);
    expect(answerNoise(groups, answers)!.variance).toBe(1 / 8);
    expect(standOut(scores, [4, 4, 4, 4, 4], { groups, answers })).toEqual({ highest: [0], lowest: [4] });
    expect(riskPattern(scores, 0, 75, { groups, answers })).toBe(true);
  });

  it('stay silent from a code alone (no answers to check the gap against), except the reliable change', () => {
    const scores = [100, 50, 50, 50, 0];
    expect(standOut(scores, [4, 4, 4, 4, 4], null)).toBeNull();
    expect(riskPattern(scores, 0, 75, null)).toBe(false);
    expect(reliableChangeOf(80, 50, 4, 0, null)).toEqual({ delta: 30, threshold: 28, beyondNoise: true });
    expect(reliableChangeOf(70, 50, 4, 0, null)).toEqual({ delta: 20, threshold: 28, beyondNoise: false });
  });

  it("raise the change threshold with the respondent's own scatter, and read no change after yes-saying", () => {
    // Dimension 0 scattered (values 5, 5, 1, 1 once reversed items are scored): its error is large.
    const answers = { ...consistent([4, 3, 3, 3, 2]), 'd0-2': 5 as Answer, 'd0-3': 5 as Answer };
    const c = reliableChangeOf(50, 20, 4, 0, { groups, answers })!;
    expect(c.threshold).toBeGreaterThan(28);
    const yes = Object.fromEntries(groups.flat().map((i) => [i.id, 5 as Answer]));
    expect(reliableChangeOf(50, 0, 4, 0, { groups, answers: yes })!.beyondNoise).toBe(false);
  });
});

describe('scoring with « does not apply to my job »', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd', reverse: true }, { id: 'e' }, { id: 'f' }];
  it('leaves the item out of the count: 4 of 4 applicable items answered give a score', () => {
    expect(scoreItems(items, { a: 5, b: 5, c: 5, d: 1, e: NOT_APPLICABLE, f: NOT_APPLICABLE })).toEqual({ score: 100, scored: 4, total: 4 });
  });
  it('still needs three scored items: two that apply give no score', () => {
    expect(scoreItems(items.slice(0, 4), { a: 5, b: 5, c: NOT_APPLICABLE, d: NOT_APPLICABLE }).score).toBeNull();
  });
  it("counts « don't know » as applying but unanswered", () => {
    expect(scoreItems(items, { a: 5, b: 5, c: 5, d: 0, e: 0, f: NOT_APPLICABLE }).score).toBeNull();
  });
});

describe('questionnaireSteps', () => {
  it("deals the dimensions' items in turn and cuts them into as many steps, each mixing dimensions", () => {
    const dims = [4, 4, 4, 4, 4, 4, 4, 4, 7].map((n, d) => ({ items: Array.from({ length: n }, (_, i) => ({ id: `${d}-${i}` })) }));
    const steps = questionnaireSteps(dims);
    expect(steps).toHaveLength(9);
    expect(steps.flat()).toHaveLength(39);
    expect(new Set(steps.flat().map((i) => i.id)).size).toBe(39);
    for (const step of steps) expect(new Set(step.map((i) => i.id.split('-')[0])).size).toBeGreaterThan(1);
    expect(steps[0]!.map((i) => i.id)).toEqual(['8-0', '0-0', '1-0', '2-0']);
    expect(stepOf(steps, '8-6')).toBe(8);
    expect(stepOf(steps, 'nope')).toBe(-1);
  });
});
