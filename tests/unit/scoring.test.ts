import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DONT_KNOW,
  bandOf,
  extremes,
  MEANINGFUL_GAP,
  changeOf,
  straightLined,
  uniformScores,
  itemValue,
  overallIndex,
  riskRaised,
  scoreDimensions,
  scoreItems,
  toPercent,
  unanswered,
  type Answer,
} from '../../src/lib/scoring';

const items = [
  { id: 'a1', dimension: 'a', reverse: false },
  { id: 'a2', dimension: 'a', reverse: false },
  { id: 'a3', dimension: 'a', reverse: false },
  { id: 'a4', dimension: 'a', reverse: true },
  { id: 'b1', dimension: 'b', reverse: false },
  { id: 'b2', dimension: 'b', reverse: false },
  { id: 'b3', dimension: 'b', reverse: false },
  { id: 'b4', dimension: 'b', reverse: false },
  { id: 'b5', dimension: 'b', reverse: true },
];
const dims = [{ id: 'a' }, { id: 'b' }];
const itemsA = items.filter((i) => i.dimension === 'a');
const itemsB = items.filter((i) => i.dimension === 'b');

describe('itemValue', () => {
  it('returns the answer of a normal item', () => {
    expect(itemValue(4, false)).toBe(4);
  });

  it('returns 6 − x for a reverse-keyed item', () => {
    expect([1, 2, 3, 4, 5].map((x) => itemValue(x as Answer, true))).toEqual([5, 4, 3, 2, 1]);
  });

  it('returns null for « don’t know » and for no answer', () => {
    expect(itemValue(DONT_KNOW, false)).toBeNull();
    expect(itemValue(undefined, true)).toBeNull();
  });
});

describe('toPercent', () => {
  it('maps 1–5 linearly to 0–100', () => {
    expect([1, 2, 3, 4, 5].map(toPercent)).toEqual([0, 25, 50, 75, 100]);
  });

  it('rounds to the nearest integer', () => {
    expect(toPercent(3.4)).toBe(60);
    expect(toPercent(11 / 3)).toBe(67);
    expect(toPercent(13 / 3)).toBe(83);
  });
});

describe('scoreItems', () => {
  it('scores the mean of the values, reverse-keyed items reversed', () => {
    // 5, 4, 4 and reversed 2 → 4: mean 4.25 → 81.25 → 81
    expect(scoreItems(itemsA, { a1: 5, a2: 4, a3: 4, a4: 2 })).toEqual({ score: 81, scored: 4, total: 4 });
  });

  it('gives 50 when every answer is the middle one', () => {
    expect(scoreItems(itemsB, { b1: 3, b2: 3, b3: 3, b4: 3, b5: 3 }).score).toBe(50);
  });

  it('scores with exactly 75 % of items answered (3 of 4)', () => {
    expect(scoreItems(itemsA, { a1: 5, a2: 5, a3: DONT_KNOW, a4: 1 })).toEqual({ score: 100, scored: 3, total: 4 });
  });

  it('gives no score below 75 % (2 of 4, or 3 of 5)', () => {
    expect(scoreItems(itemsA, { a1: 5, a2: 5 }).score).toBeNull();
    expect(scoreItems(itemsB, { b1: 4, b2: 4, b3: 4, b4: DONT_KNOW, b5: DONT_KNOW }).score).toBeNull();
  });

  it('gives no score when every answer is « don’t know »', () => {
    expect(scoreItems(itemsA, { a1: 0, a2: 0, a3: 0, a4: 0 })).toEqual({ score: null, scored: 0, total: 4 });
  });

  it('gives no score to a dimension without items', () => {
    expect(scoreItems([], {}).score).toBeNull();
  });

  it('always returns an integer from 0 to 100, or null', () => {
    const answer = fc.constantFrom<Answer | undefined>(undefined, 0, 1, 2, 3, 4, 5);
    fc.assert(
      fc.property(fc.array(answer, { minLength: 5, maxLength: 5 }), (values) => {
        const answers = Object.fromEntries(values.flatMap((v, i) => (v === undefined ? [] : [[`b${i + 1}`, v]])));
        const { score } = scoreItems(itemsB, answers);
        return score === null || (Number.isInteger(score) && score >= 0 && score <= 100);
      }),
    );
  });
});

describe('scoreDimensions', () => {
  it('returns one score per dimension, in order', () => {
    const result = scoreDimensions(dims, items, { a1: 1, a2: 1, a3: 1, a4: 5, b1: 5, b2: 5, b3: 5, b4: 5, b5: 1 });
    expect(result).toEqual([
      { id: 'a', score: 0, scored: 4, total: 4 },
      { id: 'b', score: 100, scored: 5, total: 5 },
    ]);
  });
});

describe('overallIndex', () => {
  it('is the rounded mean of the scores', () => {
    expect(overallIndex([50, 75, 80])).toBe(68);
  });

  it('is null when any dimension has no score', () => {
    expect(overallIndex([50, null, 80])).toBeNull();
    expect(overallIndex([])).toBeNull();
  });
});

describe('bandOf', () => {
  const bands = [
    { min: 0, max: 39, label: 'Bas' },
    { min: 40, max: 69, label: 'Moyen' },
    { min: 70, max: 100, label: 'Haut' },
  ];

  it('finds the band of a score, bounds included', () => {
    expect([0, 39, 40, 69, 70, 100].map((s) => bandOf(bands, s)?.label)).toEqual(['Bas', 'Bas', 'Moyen', 'Moyen', 'Haut', 'Haut']);
  });

  it('returns undefined without a score', () => {
    expect(bandOf(bands, null)).toBeUndefined();
  });
});

describe('extremes', () => {
  it('names the highest and lowest dimensions, ties together', () => {
    expect(extremes([60, 80, 20, 80, null])).toEqual({ highest: [1, 3], lowest: [2] });
  });

  it('names none when the highest and lowest differ by less than 10 points', () => {
    expect(extremes([50, 59, 52])).toBeNull();
    expect(extremes([50, 60, 52])).toEqual({ highest: [1], lowest: [0] });
    expect(MEANINGFUL_GAP).toBe(10);
  });

  it('returns null when all scores are equal or fewer than two are scored', () => {
    expect(extremes([50, 50, 50])).toBeNull();
    expect(extremes([70, null, null])).toBeNull();
  });
});

describe('changeOf', () => {
  it('marks changes under 10 points as stable', () => {
    expect(changeOf(55, 50)).toEqual({ delta: 5, stable: true });
    expect(changeOf(41, 50)).toEqual({ delta: -9, stable: true });
    expect(changeOf(40, 50)).toEqual({ delta: -10, stable: false });
    expect(changeOf(null, 50)).toBeNull();
    expect(changeOf(50, undefined)).toBeNull();
  });
});

describe('straightLined', () => {
  const steps = [
    [{ id: 'a' }, { id: 'b' }],
    [{ id: 'c' }, { id: 'd' }],
    [{ id: 'e' }, { id: 'f' }],
  ];
  it('lists the steps whose items all got the same 1–5 answer', () => {
    expect(straightLined(steps, { a: 4, b: 4, c: 4, d: 3, e: 0, f: 0 })).toEqual([0]);
  });
  it('ignores « don’t know » and incomplete steps', () => {
    expect(straightLined(steps, { a: 5, c: 0, d: 0, e: 2 })).toEqual([]);
  });
});

describe('uniformScores', () => {
  it('scores every dimension as if every item got the same answer', () => {
    const items = [
      { id: 'a1', dimension: 'a' },
      { id: 'a2', dimension: 'a', reverse: true },
      { id: 'b1', dimension: 'b' },
      { id: 'b2', dimension: 'b' },
    ];
    expect(uniformScores([{ id: 'a' }, { id: 'b' }], items, 5)).toEqual([50, 100]);
    expect(uniformScores([{ id: 'a' }, { id: 'b' }], items, 4)).toEqual([50, 75]);
  });
});

describe('riskRaised', () => {
  it('is raised from the threshold on', () => {
    expect(riskRaised([10, 60], 1, 60)).toBe(true);
    expect(riskRaised([10, 59], 1, 60)).toBe(false);
    expect(riskRaised([10, null], 1, 60)).toBe(false);
  });
});

describe('unanswered', () => {
  it('lists items without any answer; « don’t know » counts as an answer', () => {
    expect(unanswered(itemsA, { a1: 3, a3: DONT_KNOW })).toEqual(['a2', 'a4']);
  });
});
