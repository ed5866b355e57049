import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_ACTIONS, MAX_TEXT, addMonths, decodePlan, encodePlan, isDate, isoDay, ownText, type Plan, type PlanAction } from '../../src/lib/plan-code';

/** Two dimensions: the first with bands of 3 and 2 actions, the second with 2 and 3. */
const shape = [
  [3, 2],
  [2, 3],
];

describe('encodePlan', () => {
  it('writes version, date and actions separated by dots', () => {
    const plan: Plan = { actions: [{ dimension: 1, band: 0, index: 1 }, { text: 'Appeler Julie. Vite & bien' }], date: '2027-03-01' };
    expect(encodePlan(plan)).toBe('1.20270301.b101.tAppeler%20Julie%2E%20Vite%20%26%20bien');
  });

  it('leaves the date field empty without a date', () => {
    expect(encodePlan({ actions: [{ dimension: 0, band: 1, index: 0 }], date: null })).toBe('1..b010');
  });
});

describe('decodePlan', () => {
  it('reads a plan back', () => {
    expect(decodePlan('1.20270301.b101.tAppeler%20Julie', shape)).toEqual({
      ok: true,
      plan: { actions: [{ dimension: 1, band: 0, index: 1 }, { text: 'Appeler Julie' }], date: '2027-03-01' },
    });
  });

  it('refuses another version', () => {
    expect(decodePlan('2.20270301.b101', shape)).toEqual({ ok: false, error: 'version' });
  });

  it('refuses a date that does not exist', () => {
    expect(decodePlan('1.20270230.b101', shape)).toEqual({ ok: false, error: 'date' });
    expect(decodePlan('1.2027031.b101', shape)).toEqual({ ok: false, error: 'date' });
  });

  it('refuses no action and more than three', () => {
    expect(decodePlan('1.20270301', shape)).toEqual({ ok: false, error: 'count' });
    expect(decodePlan('1.20270301.b000.b001.b002.b010', shape)).toEqual({ ok: false, error: 'count' });
  });

  it('refuses an action the instrument does not have', () => {
    expect(decodePlan('1.20270301.b012', shape)).toEqual({ ok: false, error: 'action' });
    expect(decodePlan('1.20270301.b200', shape)).toEqual({ ok: false, error: 'action' });
  });

  it('refuses own text that is empty, too long or badly escaped', () => {
    expect(decodePlan('1.20270301.t', shape)).toEqual({ ok: false, error: 'text' });
    expect(decodePlan(`1.20270301.t${'a'.repeat(MAX_TEXT + 1)}`, shape)).toEqual({ ok: false, error: 'text' });
    expect(decodePlan('1.20270301.t%E0%A4%A', shape)).toEqual({ ok: false, error: 'text' });
    expect(decodePlan('1.20270301.t%0Aa', shape)).toEqual({ ok: false, error: 'text' });
  });

  it('refuses an unknown field and a repeated action', () => {
    expect(decodePlan('1.20270301.x', shape)).toEqual({ ok: false, error: 'format' });
    expect(decodePlan('1.20270301.b000.b000', shape)).toEqual({ ok: false, error: 'format' });
    expect(decodePlan('', shape)).toEqual({ ok: false, error: 'format' });
    expect(decodePlan('1', shape)).toEqual({ ok: false, error: 'format' });
  });

  const action: fc.Arbitrary<PlanAction> = fc.oneof(
    fc.record({ dimension: fc.constant(1), band: fc.constant(1), index: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ dimension: fc.constant(0), band: fc.constant(0), index: fc.integer({ min: 0, max: 2 }) }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: MAX_TEXT }).map((s) => ownText(s) ?? 'x').map((text) => ({ text })),
  );
  const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  it('reads back every plan it writes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(action, { minLength: 1, maxLength: MAX_ACTIONS, selector: (a) => JSON.stringify(a) }), fc.option(date), (actions, day) => {
        const plan: Plan = { actions, date: day };
        expect(decodePlan(encodePlan(plan), shape)).toEqual({ ok: true, plan });
      }),
    );
  });

  it('returns a plan or an error for any string, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string().map((s) => `1.20270301.${s}`), fc.string({ unit: 'binary' }).map((s) => `1.20270301.t${encodeURIComponent(s.replace(/\p{Cs}/gu, ''))}`)), (text) => {
        const result = decodePlan(text, shape);
        expect(result.ok ? result.plan.actions.length : result.error).toBeTruthy();
      }),
    );
  });
});

describe('dates', () => {
  it('tells calendar dates from others', () => {
    expect(isDate('2028-02-29')).toBe(true);
    expect(isDate('2027-02-29')).toBe(false);
    expect(isDate('2027-3-01')).toBe(false);
  });

  it('adds months, keeping to the last day of a shorter month', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2026-10-31', 3)).toBe('2027-01-31');
  });

  it('writes a local day', () => {
    expect(isoDay(new Date(2027, 2, 1, 23, 30))).toBe('2027-03-01');
  });
});

describe('ownText', () => {
  it('trims and collapses spaces, refuses empty, too long and control characters', () => {
    expect(ownText('  Appeler   Julie ')).toBe('Appeler Julie');
    expect(ownText('   ')).toBeNull();
    expect(ownText('a'.repeat(MAX_TEXT + 1))).toBeNull();
    expect(ownText('a\u0007b')).toBeNull();
    expect(ownText('a\uD800b')).toBeNull();
  });
});
