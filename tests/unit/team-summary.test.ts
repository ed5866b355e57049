import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSummaryFragment, summarize, summaryCsv, summaryFragment, teamFigures, teamMeans, type TeamInstrument, type TeamSummary } from '../../src/lib/team-summary';
import { bandCells } from '../../src/lib/team-privacy';

const bands = [
  { min: 0, max: 39, label: 'Fragile', actions: [] },
  { min: 40, max: 69, label: 'En construction', actions: [] },
  { min: 70, max: 100, label: 'Solide', actions: [] },
];
const dimension = (id: string, name: string) => ({ id, name, guide: `/guide/#${id}`, items: 5, bands });
const instruments: TeamInstrument[] = [
  { id: 'engagement', version: 2, shortTitle: 'Engagement', dimensions: [dimension('motivation', 'Motivation intrinsèque'), dimension('confiance', 'Confiance')] },
  { id: 'climat-ethique', version: 1, shortTitle: 'Climat éthique', dimensions: [dimension('respect', 'Respect')] },
];

const engagement = (m: number | null, c: number | null, version = 2) => ({ instrument: 'engagement', version, scores: [m, c] });
const five = [engagement(80, 20), engagement(60, 40), engagement(70, 30), engagement(50, null), engagement(90, 60)];
const labels = { header: ['q', 'v', 'd', 'n', 'm', 'r'], few: 'masqué (peu)', alike: 'masqué (proche)', t: (key: string, v?: Readonly<Record<string, string | number>>) => (key === 'team.colon' ? ' : ' : key === 'team.cells.none' ? 'non affichée' : `${v?.first} ou ${v?.last}`) };

/** Returns the summary fragment of any JSON value, as a crafted link would carry it. */
const forge = (value: unknown) => `#s=${btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value)))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}`;

describe('summarize', () => {
  it('shows nothing for 4 codes under the default threshold', () => {
    const summary = summarize(five.slice(0, 4), instruments, 5);
    expect(summary.groups).toEqual([{ instrument: 'engagement', version: 2, count: 4, status: 'few', dimensions: [], weakest: [] }]);
  });

  it('shows a dimension only when k codes score it', () => {
    const group = summarize(five, instruments, 5).groups[0]!;
    expect(group.status).toBe('shown');
    expect(group.dimensions).toEqual([
      // 50 and 60 alone in their band: merged, then merged again, into one cell of all 5: no cell is shown.
      { id: 'motivation', stats: { status: 'shown', n: 5, mean: 70, cells: [] } },
      { id: 'confiance', stats: { status: 'few', n: null, mean: null, cells: null } },
    ]);
  });

  it('never accepts a threshold below 4', () => {
    expect(summarize(five.slice(0, 3), instruments, 3)).toMatchObject({ threshold: 4, groups: [{ status: 'few' }] });
    expect(summarize(five.slice(0, 4), instruments, 3)).toMatchObject({ threshold: 4, groups: [{ status: 'shown' }] });
  });

  it('keeps instruments apart, and never pools two versions of one', () => {
    const summary = summarize([...five, engagement(10, 10, 1), { instrument: 'climat-ethique', version: 1, scores: [50] }], instruments, 5);
    expect(summary.groups.map((g) => [g.instrument, g.version, g.count, g.status])).toEqual([
      ['engagement', 2, 5, 'shown'],
      ['engagement', 1, 1, 'version'],
      ['climat-ethique', 1, 1, 'few'],
    ]);
    expect([...teamMeans(summary).keys()]).toEqual(['engagement']);
    // The readiness rules get the shown, rounded means only: not the hidden « confiance ».
    expect([...teamMeans(summary).get('engagement')!.entries()]).toEqual([['motivation', 70]]);
  });
});

describe('summaryCsv', () => {
  it('writes one row per dimension with the figures of the page, never one per person', () => {
    const csv = summaryCsv(summarize(five, instruments, 5), instruments, labels);
    expect(csv.split('\r\n')).toEqual(['q;v;d;n;m;r', 'Engagement;2;Motivation intrinsèque;5;70;non affichée', 'Engagement;2;Confiance;;;masqué (peu)', '']);
  });
});

describe('summary fragment', () => {
  it('round-trips the shown figures', () => {
    const summary = summarize(five, instruments, 5);
    const read = readSummaryFragment(summaryFragment(summary), instruments);
    expect(read).toEqual({ ok: true, value: { threshold: 5, groups: [{ instrument: 'engagement', version: 2, count: 5, status: 'shown', dimensions: summary.groups[0]!.dimensions }] } });
  });

  it('refuses a crafted link below the minimum threshold, for the group or for one dimension', () => {
    expect(readSummaryFragment(forge({ v: 2, t: 3, g: [['engagement', 2, 5, [['motivation', 1], ['confiance', 1]]]] }), instruments)).toEqual({ ok: false, error: 'below-threshold' });
    expect(readSummaryFragment(forge({ v: 2, t: 5, g: [['engagement', 2, 3, [['motivation', 1], ['confiance', 1]]]] }), instruments)).toEqual({ ok: false, error: 'below-threshold' });
    const lone = ['motivation', 0, 1, 60, [[0, 2, 1]]];
    expect(readSummaryFragment(forge({ v: 2, t: 5, g: [['engagement', 2, 5, [lone, ['confiance', 1]]]] }), instruments)).toEqual({ ok: false, error: 'below-threshold' });
  });

  it('refuses a crafted link with a band of one person or figures that give a score away', () => {
    const cells = (c: number[][]) => ({ v: 2, t: 5, g: [['engagement', 2, 6, [['motivation', 0, 6, 60, c], ['confiance', 1]]]] });
    expect(readSummaryFragment(forge(cells([[0, 0, 1], [1, 1, 2], [2, 2, 3]])), instruments)).toEqual({ ok: false, error: 'unsafe' });
    const all = { v: 2, t: 5, g: [['engagement', 2, 6, [['motivation', 0, 6, 100, [[0, 0, 0], [1, 1, 0], [2, 2, 6]]], ['confiance', 1]]]] };
    expect(readSummaryFragment(forge(all), instruments)).toEqual({ ok: false, error: 'unsafe' });
  });

  it('refuses older links, which carried minimum and maximum, and other versions', () => {
    expect(readSummaryFragment(forge({ v: 1, t: 5, g: [] }), instruments)).toEqual({ ok: false, error: 'outdated' });
    expect(readSummaryFragment(forge({ v: 2, t: 5, g: [['engagement', 1, 5, []]] }), instruments)).toEqual({ ok: false, error: 'version' });
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
        expect(typeof readSummaryFragment(forge(value), instruments).ok).toBe('boolean');
      }),
    );
  });
});

describe('teamFigures', () => {
  it('gives the readiness rules every dimension of a shown group: a mean and n, or why it is hidden', () => {
    const summary = summarize([...five, { instrument: 'climat-ethique', version: 1, scores: [50] }], instruments, 5);
    expect([...teamFigures(summary).entries()].map(([id, dims]) => [id, [...dims.entries()]])).toEqual([
      ['engagement', [['motivation', { mean: 70, n: 5 }], ['confiance', { hidden: 'few' }]]],
    ]);
  });
});

describe('a distribution withheld (no cell)', () => {
  const withheld: TeamSummary = {
    threshold: 5,
    groups: [
      {
        instrument: 'engagement',
        version: 2,
        count: 5,
        status: 'shown',
        weakest: [],
        dimensions: [
          { id: 'motivation', stats: { status: 'shown', n: 5, mean: 55, cells: [] } },
          { id: 'confiance', stats: { status: 'few', n: null, mean: null, cells: null } },
        ],
      },
    ],
  };

  it('is written in words in the CSV, not as a cell', () => {
    const t = (key: string) => (key === 'team.cells.none' ? 'Répartition non affichée' : key);
    expect(summaryCsv(withheld, instruments, { ...labels, t }).split('\r\n')[1]).toBe('Engagement;2;Motivation intrinsèque;5;55;Répartition non affichée');
  });

  // Runs once `bandCells` withholds a single cell holding everyone (the privacy module's rule).
  it.skipIf(bandCells([5, 0, 0]).length !== 0)('round-trips through a summary link', () => {
    expect(readSummaryFragment(summaryFragment(withheld), instruments)).toMatchObject({ ok: true, value: { groups: [{ dimensions: [{ stats: { cells: [] } }, {}] }] } });
  });
});
