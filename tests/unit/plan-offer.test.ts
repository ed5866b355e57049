import { describe, expect, it } from 'vitest';
import { actionText, offeredActions, planShape, type ActionDimension } from '../../src/lib/plan-offer';

const band = (min: number, max: number, actions: string[]) => ({ min, max, label: `${min}`, actions });
const dimension = (name: string): ActionDimension => ({ bands: [band(0, 49, [`${name} bas 1`, `${name} bas 2`]), band(50, 100, [`${name} haut 1`, `${name} haut 2`, `${name} haut 3`])] });
const dims = ['A', 'B', 'C', 'D'].map(dimension);

describe('offeredActions', () => {
  it('offers the band actions of the three lowest scores of an index, lowest first, ties in order', () => {
    expect(offeredActions(dims, [70, 20, 55, 20], 'index')).toEqual([
      { dimension: 1, band: 0, actions: ['B bas 1', 'B bas 2'] },
      { dimension: 3, band: 0, actions: ['D bas 1', 'D bas 2'] },
      { dimension: 2, band: 1, actions: ['C haut 1', 'C haut 2', 'C haut 3'] },
    ]);
  });

  it('offers every scored dimension of a profile, in order, and none without a score', () => {
    expect(offeredActions(dims, [70, null, 10, 90], 'profile').map((o) => [o.dimension, o.band])).toEqual([
      [0, 1],
      [2, 0],
      [3, 1],
    ]);
    expect(offeredActions(dims, [null, null, null, null], 'index')).toEqual([]);
  });
});

describe('planShape and actionText', () => {
  it('counts the actions of each band', () => {
    expect(planShape(dims.slice(0, 2))).toEqual([
      [2, 3],
      [2, 3],
    ]);
  });

  it('returns the band action referred to, or the reader’s words', () => {
    expect(actionText({ dimension: 2, band: 1, index: 2 }, dims)).toBe('C haut 3');
    expect(actionText({ text: 'Appeler Julie' }, dims)).toBe('Appeler Julie');
  });
});
