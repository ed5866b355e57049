import { afterEach, describe, expect, it } from 'vitest';
import { cleanStores } from 'nanostores';
import { $shared, $teamInput, $threshold, addTeamFile, clearTeam, openShared, setTeamInput, setThreshold } from '../../src/stores/team';

afterEach(() => {
  cleanStores($teamInput, $threshold, $shared);
  clearTeam();
  $shared.set(null);
});

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
});
