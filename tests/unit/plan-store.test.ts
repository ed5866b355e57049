import { afterEach, describe, expect, it } from 'vitest';
import { cleanStores } from 'nanostores';
import { $plan, $planLinkError, $planRefusal, addOwnAction, offerDate, openPlan, reminderDate, planParam, resetPlan, setPlanDate, toggleAction } from '../../src/stores/plan';

const shape = [
  [2, 3],
  [2, 3],
];
const TODAY = '2026-11-30';

afterEach(() => {
  resetPlan();
  cleanStores($plan, $planLinkError, $planRefusal);
});

describe('plan store', () => {
  it('offers a date three months ahead, and keeps one already set', () => {
    offerDate(TODAY);
    expect($plan.get().date).toBe('2027-02-28');
    setPlanDate('2027-01-10', TODAY);
    offerDate(TODAY);
    expect($plan.get().date).toBe('2027-01-10');
  });

  it('adds and removes band actions, three at most', () => {
    toggleAction({ dimension: 0, band: 1, index: 0 });
    toggleAction({ dimension: 0, band: 1, index: 1 });
    toggleAction({ dimension: 1, band: 0, index: 1 });
    toggleAction({ dimension: 1, band: 1, index: 2 });
    expect($plan.get().actions).toHaveLength(3);
    expect($planRefusal.get()).toBe('full');
    toggleAction({ dimension: 0, band: 1, index: 1 });
    expect($plan.get().actions).toEqual([
      { dimension: 0, band: 1, index: 0 },
      { dimension: 1, band: 0, index: 1 },
    ]);
    expect($planRefusal.get()).toBeNull();
  });

  it('adds own words trimmed, refuses empty text, and ignores the same text twice', () => {
    expect(addOwnAction('   ')).toBe(false);
    expect($planRefusal.get()).toBe('text');
    expect(addOwnAction('  Appeler   Julie ')).toBe(true);
    expect(addOwnAction('Appeler Julie')).toBe(true);
    expect($plan.get().actions).toEqual([{ text: 'Appeler Julie' }]);
  });

  it('refuses a date in the past or unreadable, keeping the previous one', () => {
    offerDate(TODAY);
    expect(setPlanDate('2026-11-29', TODAY)).toBe(false);
    expect($planRefusal.get()).toBe('past');
    expect(setPlanDate('', TODAY)).toBe(false);
    expect($planRefusal.get()).toBe('date');
    expect(setPlanDate(TODAY, TODAY)).toBe(true);
    expect($plan.get().date).toBe(TODAY);
  });

  it('puts the plan in the fragment only once it has an action', () => {
    offerDate(TODAY);
    expect(planParam($plan.get())).toBeNull();
    toggleAction({ dimension: 1, band: 1, index: 2 });
    expect(planParam($plan.get())).toBe('1.20270228.b112');
  });

  it('opens the plan of a link', () => {
    expect(openPlan('1.20270228.b112.tAppeler%20Julie', shape)).toBeNull();
    expect($plan.get()).toEqual({ actions: [{ dimension: 1, band: 1, index: 2 }, { text: 'Appeler Julie' }], date: '2027-02-28' });
  });

  it('ignores a malformed plan and says why, leaving the plan empty', () => {
    expect(openPlan('1.20270228.b9zz', shape)).toBe('action');
    expect($planLinkError.get()).toBe('action');
    expect($plan.get()).toEqual({ actions: [], date: null });
  });

  it('asks for a date before a reminder', () => {
    expect(reminderDate()).toBeNull();
    expect($planRefusal.get()).toBe('date');
  });
});
