import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCollections } from './content';

vi.mock('astro:content', () => import('./content'));

/** The publisher loader, imported afresh: empty cache. */
async function loader() {
  vi.resetModules();
  return import('../../../src/data/publisher');
}

const facts = { name: 'Vente engagée', director: null, host: { name: 'Hébergeur', address: null }, contact: 'contact@example.org' };

afterEach(() => vi.restoreAllMocks());

describe('getPublisher', () => {
  it('reads the facts once and warns once, naming each unknown field', async () => {
    useCollections({ site: [{ id: 'editeur', data: facts }] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { getPublisher } = await loader();
    const [a, b] = await Promise.all([getPublisher(), getPublisher()]);
    expect(a).toBe(b);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('content/site/editeur.yaml : champ « director » à compléter');
    expect(warn.mock.calls[0]![0]).toContain('champ « host.address »');
  });

  it('fails naming the file when it is missing', async () => {
    useCollections({});
    await expect((await loader()).getPublisher()).rejects.toThrow('content/site/editeur.yaml manquant');
  });
});
