import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSummaryFragment, summarize, summaryCsv, summaryFragment, teamMeans, type TeamInstrument } from '../../src/lib/team-summary';

const bands = [
  { min: 0, max: 39, label: 'Fragile', actions: [] },
  { min: 40, max: 69, label: 'En construction', actions: [] },
  { min: 70, max: 100, label: 'Solide', actions: [] },
];
const instruments: TeamInstrument[] = [
  {
    id: 'engagement',
    shortTitle: 'Engagement',
    dimensions: [
      { id: 'motivation', name: 'Motivation intrinsèque', shortName: 'Motivation', guide: '/guide/e-mc4/#motivation', bands },
      { id: 'confiance', name: 'Confiance', shortName: 'Confiance', guide: '/guide/e-mc4/#confiance', bands },
    ],
  },
  { id: 'climat-ethique', shortTitle: 'Climat éthique', dimensions: [{ id: 'respect', name: 'Respect', shortName: 'Respect', guide: '/ethique/#respect', bands }] },
];

const engagement = (m: number | null, c: number | null) => ({ instrument: 'engagement', scores: [m, c] });
const five = [engagement(80, 20), engagement(60, 40), engagement(70, 30), engagement(50, null), engagement(90, 60)];

describe('summarize', () => {
  it('shows nothing for 4 codes under the default threshold', () => {
    const summary = summarize(five.slice(0, 4), instruments, 5);
    expect(summary.groups).toEqual([{ instrument: 'engagement', count: 4, shown: false, dimensions: [], weakest: [], divided: undefined }]);
  });

  it('shows the aggregates from 5 codes', () => {
    const group = summarize(five, instruments, 5).groups[0]!;
    expect(group.shown).toBe(true);
    expect(group.dimensions.map((d) => [d.id, d.stats.n, d.stats.mean, d.stats.median])).toEqual([
      ['motivation', 5, 70, 70],
      ['confiance', 4, 37.5, 35],
    ]);
    expect(group.weakest).toEqual(['confiance', 'motivation']);
  });

  it('shows 3 codes only when the facilitator lowered the threshold to 3', () => {
    expect(summarize(five.slice(0, 3), instruments, 5).groups[0]!.shown).toBe(false);
    expect(summarize(five.slice(0, 3), instruments, 3).groups[0]!.shown).toBe(true);
    expect(summarize(five.slice(0, 2), instruments, 1)).toMatchObject({ threshold: 3, groups: [{ shown: false }] });
  });

  it('keeps instruments apart', () => {
    const summary = summarize([...five, { instrument: 'climat-ethique', scores: [50] }], instruments, 5);
    expect(summary.groups.map((g) => [g.instrument, g.count, g.shown])).toEqual([
      ['engagement', 5, true],
      ['climat-ethique', 1, false],
    ]);
    expect([...teamMeans(summary).keys()]).toEqual(['engagement']);
  });
});

describe('summaryCsv', () => {
  it('writes one row per dimension, never one per person', () => {
    const csv = summaryCsv(summarize(five, instruments, 5), instruments);
    expect(csv.split('\r\n')).toEqual([
      'questionnaire;dimension;répondants;moyenne;médiane;minimum;maximum;écart type;répartition par niveau',
      'Engagement;Motivation intrinsèque;5;70;70;50;90;14.1;Fragile : 0 / En construction : 2 / Solide : 3',
      'Engagement;Confiance;4;37.5;35;20;60;14.8;Fragile : 2 / En construction : 2 / Solide : 0',
      '',
    ]);
  });
});

describe('summary fragment', () => {
  it('round-trips the shown aggregates', () => {
    const summary = summarize(five, instruments, 5);
    const read = readSummaryFragment(summaryFragment(summary), instruments);
    expect(read).toEqual({ ok: true, value: { threshold: 5, groups: [{ instrument: 'engagement', count: 5, dimensions: summary.groups[0]!.dimensions }] } });
  });

  it('refuses a crafted fragment below the minimum threshold', () => {
    const forged = summaryFragment({ threshold: 1, groups: [{ ...summarize(five, instruments, 5).groups[0]!, count: 2 }] });
    expect(readSummaryFragment(forged, instruments)).toEqual({ ok: false, error: 'below-threshold' });
  });

  it('reports a missing or garbled fragment', () => {
    expect(readSummaryFragment('', instruments)).toEqual({ ok: false, error: 'absent' });
    expect(readSummaryFragment('#r=E1ABC', instruments)).toEqual({ ok: false, error: 'absent' });
    expect(readSummaryFragment('#s=@@', instruments)).toEqual({ ok: false, error: 'encoding' });
    expect(readSummaryFragment('#s=abc', instruments)).toEqual({ ok: false, error: 'encoding' });
  });

  it('never throws on any fragment', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const read = readSummaryFragment(`#s=${s}`, instruments);
        expect(typeof read.ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const encoded = btoa(unescape(encodeURIComponent(JSON.stringify(value)))).replace(/=+$/, '');
        expect(typeof readSummaryFragment(`#s=${encoded.replace(/\+/g, '-').replace(/\//g, '_')}`, instruments).ok).toBe('boolean');
      }),
    );
  });
});
