import { afterEach, describe, expect, it } from 'vitest';
import { cleanStores } from 'nanostores';
import { $parsed, $shared, $summary, $teamInput, $teamPage, $threshold, addTeamFile, clearTeam, openShared, openTeam, setTeamInput, setThreshold } from '../../src/stores/team';
import { encodeResult } from '../../src/lib/result-code';
import type { TeamInstrument } from '../../src/lib/team-summary';

afterEach(() => {
  cleanStores($teamInput, $threshold, $shared, $teamPage, $parsed, $summary);
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
