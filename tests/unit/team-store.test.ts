import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanStores } from 'nanostores';
import { $cancelled, $parsed, $progress, $shared, $summary, $teamInput, $teamPage, $threshold, addTeamFile, analyseAgain, cancelAnalysis, clearTeam, openShared, openTeam, setTeamInput, setThreshold } from '../../src/stores/team';
import { parseTeamInput } from '../../src/lib/team-input';
import { summarize } from '../../src/lib/team-summary';
import { decodeResult } from '../../src/lib/result-code';
import { encodeResult } from '../../src/lib/result-code';
import type { TeamInstrument } from '../../src/lib/team-summary';

afterEach(() => {
  vi.restoreAllMocks();
  cleanStores($teamInput, $threshold, $shared, $teamPage, $parsed, $summary, $progress, $cancelled);
  clearTeam();
  $shared.set(null);
  $teamPage.set(null);
});

const spec = { id: 'engagement', code: 'E', version: 1, dimensions: 2, name: 'Engagement', href: '/diagnostic/engagement/' };
const team: TeamInstrument = {
  id: 'engagement',
  version: 1,
  shortTitle: 'Engagement',
  dimensions: ['a', 'b'].map((id) => ({ id, name: id, guide: '', items: 4, bands: [{ min: 0, max: 100, label: 'Tout', actions: [] }] })),
};
const page = { instruments: [team], registry: [spec], t: (key: string) => key };

describe('team store', () => {
  // A clock that does not move: every analysis fits in its first slice and ends before the call returns,
  // however busy the machine (the sliced path has its own tests below, with a clock that ticks).
  beforeEach(() => {
    vi.spyOn(performance, 'now').mockReturnValue(0);
  });

  it('appends a file on a new line', async () => {
    setTeamInput('E1');
    expect(await addTeamFile(new Blob(['E2\nE3']))).toBe(true);
    expect($teamInput.get()).toBe('E1\nE2\nE3');
  });

  it('never lets the threshold go below 4, and lets it rise', () => {
    setThreshold(3);
    expect($threshold.get()).toBe(4);
    setThreshold(10);
    expect($threshold.get()).toBe(10);
  });

  it('keeps no shared summary without a fragment, and reports a broken one', () => {
    openShared('', []);
    expect($shared.get()).toBeNull();
    openShared('#s=%%%', []);
    expect($shared.get()).toEqual({ ok: false, error: 'encoding' });
  });

  it('forgets everything on clear', () => {
    setTeamInput('E1');
    setThreshold(7);
    clearTeam();
    expect([$teamInput.get(), $threshold.get()]).toEqual(['', 5]);
  });

  it('parses nothing before the page is bound', () => {
    setTeamInput(encodeResult(spec, [50, 50]));
    expect($parsed.get()).toEqual({ valid: [], invalid: [], duplicates: [] });
  });

  it('derives the parsed codes and the summary from the text and the threshold', () => {
    openTeam(page, '');
    const code = encodeResult(spec, [50, 75]);
    setTeamInput(`${code}\nnot-a-code\n${code.toLowerCase()}`);
    expect($parsed.get().valid.map((v) => v.value)).toEqual([{ instrument: 'engagement', version: 1, scores: [50, 75] }]);
    expect($parsed.get().invalid.map((i) => i.line)).toEqual([2]);
    expect($parsed.get().duplicates.map((d) => d.line)).toEqual([3]);
    expect($summary.get().groups.map((g) => [g.count, g.status])).toEqual([[1, 'few']]);
    setThreshold(7);
    expect($summary.get().threshold).toBe(7);
  });

  it('words a refused code with the page translator', () => {
    openTeam({ ...page, t: (key) => `<${key}>` }, '');
    setTeamInput('E');
    expect($parsed.get().invalid[0]!.message).toMatch(/^<diagnostic\.code\.error\./);
  });
});

describe('team store, a sales force', () => {
  /** `count` distinct codes of the two-dimension test questionnaire. */
  const many = (count: number) => Array.from({ length: count }, (_, i) => encodeResult(spec, [i % 101, Math.floor(i / 101) % 101])).join('\n');
  /** A clock moving 10 ms per reading: every second step of analysis (250 codes, or one dimension), the store gives the page back its thread. */
  const ticking = () => {
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 10));
  };
  const settled = () => new Promise<void>((resolve) => {
    if ($progress.get() === null) return resolve();
    const stop = $progress.listen((p) => {
      if (p === null) {
        stop();
        resolve();
      }
    });
  });

  it('analyses a long input in slices, shows its progress and no stale figures, then the figures of the direct computation', async () => {
    openTeam(page, '');
    setTeamInput(many(5));
    expect($parsed.get().valid).toHaveLength(5);
    ticking();
    const text = many(3_000);
    setTeamInput(text);
    expect($progress.get()).toMatchObject({ phase: 'read', total: 3_000 });
    expect($parsed.get().valid).toHaveLength(0);
    expect($summary.get().groups).toEqual([]);
    await settled();
    const direct = parseTeamInput(text, (code) => {
      const r = decodeResult(code, [spec]);
      return r.ok ? { ok: true, value: r.value } : { ok: false, message: '' };
    });
    expect($parsed.get().valid).toHaveLength(3_000);
    expect($summary.get()).toEqual(summarize(direct.valid.map((v) => v.value), [team], 5));
    // A new threshold needs the summary only: the codes are not read again.
    setThreshold(7);
    await settled();
    expect($summary.get().threshold).toBe(7);
    expect($parsed.get().valid).toHaveLength(3_000);
  });

  it('can be cancelled, then started again; a newer input replaces a running analysis', async () => {
    openTeam(page, '');
    ticking();
    setTeamInput(many(3_000));
    expect($progress.get()).not.toBeNull();
    cancelAnalysis();
    expect([$progress.get(), $cancelled.get()]).toEqual([null, true]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect($parsed.get().valid).toHaveLength(0);
    analyseAgain();
    expect($cancelled.get()).toBe(false);
    setTeamInput(many(2_000));
    await settled();
    expect($parsed.get().valid).toHaveLength(2_000);
  });
});
