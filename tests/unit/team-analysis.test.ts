import { describe, expect, it } from 'vitest';
import { analysisSteps, runSliced, DECODE_SLICE, type AnalysisProgress } from '../../src/lib/team-analysis';
import { parseTeamInput } from '../../src/lib/team-input';
import { encodeResult, decodeResult } from '../../src/lib/result-code';
import { scoreGrid } from '../../src/lib/team-privacy';
import { summarize, type TeamCode, type TeamInstrument } from '../../src/lib/team-summary';

const spec = { id: 'engagement', code: 'E', version: 1, dimensions: 2 };
const bands = [
  { min: 0, max: 39, label: 'Bas', actions: [] },
  { min: 40, max: 69, label: 'Moyen', actions: [] },
  { min: 70, max: 100, label: 'Haut', actions: [] },
];
const instrument: TeamInstrument = { id: 'engagement', version: 1, shortTitle: 'Engagement', dimensions: ['a', 'b'].map((id) => ({ id, name: id, guide: '', items: 6, bands })) };
const decode = (code: string) => {
  const r = decodeResult(code, [spec]);
  return r.ok ? ({ ok: true, value: r.value } as const) : ({ ok: false, message: r.error.kind } as const);
};
const grid = scoreGrid(6);

/** `count` distinct codes: every pair of grid scores, in a fixed order. */
function codes(count: number): { text: string; scores: number[][] } {
  const scores: number[][] = [];
  for (let i = 0; scores.length < count; i++) scores.push([grid[i % grid.length]!, grid[Math.floor(i / grid.length) % grid.length]!]);
  return { text: scores.map((s) => encodeResult(spec, s)).join('\n'), scores };
}

/** A clock that moves one unit at each reading: slices are counted in steps, not in real time. */
const ticking = () => {
  let t = 0;
  return () => t++;
};

describe('runSliced', () => {
  it('finishes a short input in its first slice, with the figures of the direct computation', () => {
    const { text } = codes(12);
    const sliced = runSliced(analysisSteps(text, decode, [instrument], 5), { budgetMs: 1_000, now: ticking(), pause: () => Promise.resolve(), cancelled: () => false });
    expect(sliced.done).toBe(true);
    const parsed = parseTeamInput(text, decode);
    expect(sliced.done && sliced.value).toEqual({ parsed, summary: summarize(parsed.valid.map((v) => v.value as TeamCode), [instrument], 5) });
  });

  it('cuts a long input into slices, reports its progress, and gives the same figures', async () => {
    const { text, scores } = codes(1_600);
    const seen: AnalysisProgress[] = [];
    let pauses = 0;
    const sliced = runSliced(analysisSteps(text, decode, [instrument], 5), {
      budgetMs: 2,
      now: ticking(),
      pause: () => (pauses++, Promise.resolve()),
      cancelled: () => false,
      onProgress: (p) => seen.push(p),
    });
    expect(sliced.done).toBe(false);
    const result = !sliced.done && (await sliced.promise);
    expect(result).toBeTruthy();
    if (!result) return;
    expect(pauses).toBeGreaterThan(0);
    // Decoding went DECODE_SLICE cells at a time, then one dimension at a time.
    expect(seen.filter((p) => p.phase === 'read').map((p) => p.done)).toEqual(expect.arrayContaining([DECODE_SLICE]));
    expect(seen.every((p) => p.done <= p.total)).toBe(true);
    expect(result.parsed.valid).toHaveLength(1_600);
    const group = result.summary.groups[0]!;
    group.dimensions.forEach((d, i) => {
      const mean = Math.round(scores.reduce((a, s) => a + s[i]!, 0) / scores.length);
      expect(d.stats.status === 'shown' && d.stats.mean).toBe(mean);
    });
    expect(result.summary).toEqual(summarize(result.parsed.valid.map((v) => v.value as TeamCode), [instrument], 5));
  });

  it('stops when cancelled, and gives nothing', async () => {
    const { text } = codes(1_600);
    let stop = false;
    const sliced = runSliced(analysisSteps(text, decode, [instrument], 5), {
      budgetMs: 2,
      now: ticking(),
      pause: () => ((stop = true), Promise.resolve()),
      cancelled: () => stop,
    });
    expect(sliced.done).toBe(false);
    expect(!sliced.done && (await sliced.promise)).toBeNull();
  });
});
