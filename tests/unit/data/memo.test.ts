import { describe, expect, it } from 'vitest';
import { memo } from '../../../src/data/memo';

describe('memo: the one cache of the loaders', () => {
  it('calls the loader once per key and hands every caller the same promise', async () => {
    const calls: string[] = [];
    const load = memo(async (lang: string) => {
      calls.push(lang);
      return { lang };
    });
    const first = load('fr');
    expect(load('fr')).toBe(first);
    const [a, b, c] = await Promise.all([first, load('en'), load('fr')]);
    expect(a).toBe(c);
    expect(b).toEqual({ lang: 'en' });
    expect(calls).toEqual(['fr', 'en']);
  });

  it('memoises a loader without a key (a whole-site read: the route map, the dictionaries)', async () => {
    let calls = 0;
    const load = memo<void, number>(async () => ++calls);
    expect(await Promise.all([load(), load(), load()])).toEqual([1, 1, 1]);
    expect(calls).toBe(1);
  });

  it('keeps a failure: a file that fails to load fails every page that asks for it, read once', async () => {
    let calls = 0;
    const load = memo<void, never>(async () => {
      calls += 1;
      throw new Error('content/site/editeur.yaml manquant');
    });
    await expect(load()).rejects.toThrow('editeur.yaml');
    await expect(load()).rejects.toThrow('editeur.yaml');
    expect(calls).toBe(1);
  });
});
