import { describe, expect, it } from 'vitest';
import { committeeGap } from '../../src/lib/team-gap';
import { summarize, type TeamCode, type TeamInstrument } from '../../src/lib/team-summary';
import { reliableChange } from '../../src/lib/signals';

const bands = [
  { min: 0, max: 49, label: 'Peu visible', actions: [] },
  { min: 50, max: 100, label: 'Visible', actions: [] },
];
const dimension = (id: string) => ({ id, name: id, guide: `/charte/entreprises/#${id}`, items: 4, bands });
const companies: TeamInstrument = { id: 'charte-entreprises', version: 1, shortTitle: 'Charte des entreprises', dimensions: [dimension('objectifs'), dimension('refus'), dimension('charge')] };
const seller = (a: number | null, b: number | null, c: number | null, version = 1): TeamCode => ({ instrument: 'charte-entreprises', version, scores: [a, b, c] });
const committee = (a: number | null, b: number | null, c: number | null, version = 1): TeamCode => ({ ...seller(a, b, c, version), committee: true });
// Five salespeople: means 50 (objectifs), 75 (refus), and « charge » scored by three only (hidden).
const team = [seller(25, 75, 50), seller(50, 69, null), seller(56, 81, null), seller(50, 75, 44), seller(69, 75, 56)];
const margin = reliableChange(4);

describe('committeeGap', () => {
  it('names nothing without a committee code', () => {
    expect(committeeGap(team, summarize(team, [companies], 5), companies)).toBeNull();
  });

  it('never pools the committee’s declaration with the salespeople’s codes', () => {
    const codes = [...team, committee(90, 80, 70)];
    const group = summarize(codes, [companies], 5).groups[0]!;
    expect(group.count).toBe(5);
    expect(group.dimensions[0]!.stats).toMatchObject({ status: 'shown', mean: 50 });
  });

  it('waits for the threshold of salespeople’s codes of the same version', () => {
    const codes = [...team.slice(0, 4), seller(50, 50, 50, 2), committee(90, 80, 70)];
    expect(committeeGap(codes, summarize(codes, [companies], 5), companies)).toEqual({ status: 'few', instrument: 'charte-entreprises', version: 1, count: 4, threshold: 5 });
  });

  it('sets the declared score beside the perceived figures and names the articles short by the noise margin or more', () => {
    expect(margin).toBeGreaterThan(10);
    const codes = [...team, committee(50 + margin, 75 + margin - 1, 90)];
    const gap = committeeGap(codes, summarize(codes, [companies], 5), companies)!;
    expect(gap.status).toBe('shown');
    if (gap.status !== 'shown') return;
    expect(gap.count).toBe(5);
    expect(gap.rows.map((r) => [r.id, r.declared, r.perceived.status === 'shown' ? r.perceived.mean : r.perceived.status, r.gap, r.short])).toEqual([
      ['objectifs', 50 + margin, 50, margin, true],
      ['refus', 75 + margin - 1, 75, margin - 1, false],
      // Hidden on the team side (three people scored it): no comparison, whatever was declared.
      ['charge', 90, 'few', null, false],
    ]);
    expect(gap.short).toEqual(['objectifs']);
    for (const row of gap.rows) expect(row.margin).toBe(margin);
  });

  it('does not name an article where the team sees more than was declared', () => {
    const codes = [...team, committee(20, 40, 10)];
    const gap = committeeGap(codes, summarize(codes, [companies], 5), companies)!;
    expect(gap.status === 'shown' && gap.short).toEqual([]);
  });

  it('asks for one agreed declaration when several differ, and refuses a declaration of another version', () => {
    const several = [...team, committee(90, 80, 70), committee(60, 80, 70)];
    expect(committeeGap(several, summarize(several, [companies], 5), companies)).toMatchObject({ status: 'several', declarations: 2 });
    const same = [...team, committee(90, 80, 70), committee(90, 80, 70)];
    expect(committeeGap(same, summarize(same, [companies], 5), companies)).toMatchObject({ status: 'shown' });
    const old = [...team, committee(90, 80, 70, 2)];
    expect(committeeGap(old, summarize(old, [companies], 5), companies)).toMatchObject({ status: 'version', version: 2 });
  });
});
