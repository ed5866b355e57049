import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reads, useCollections } from './content';
import { NBSP, NNBSP } from '../../../src/lib/typography';

vi.mock('astro:content', () => import('./content'));

/** The references loader, imported afresh: empty caches. */
async function loader() {
  vi.resetModules();
  return import('../../../src/data/references');
}

const reference = (id: string, lawyer: boolean) => ({
  id,
  label: { fr: 'Code de la consommation, art. L. 121-1', en: "Consumer Code, art. L. 121-1 ('unfair practices')" },
  cites: ['L. 121-1'],
  url: 'https://www.legifrance.gouv.fr/',
  checked: lawyer ? null : new Date('2026-11-30'),
  lawyer,
  supports: { fr: 'La charte : article 3 ?', en: "The charter's article 3" },
});

beforeEach(() => useCollections({ references: [{ id: 'references', data: { references: [reference('un', true), reference('deux', false)] } }] }));

describe('getShownReferences', () => {
  it('gives each reference in one language, bound and typeset once here, in the file’s order', async () => {
    const { getShownReferences } = await loader();
    const fr = await getShownReferences('fr');
    expect(fr.map((r) => r.id)).toEqual(['un', 'deux']);
    expect(fr[0]).toMatchObject({ label: `Code de la consommation, art.${NBSP}L.${NBSP}121-1`, supports: `La charte${NNBSP}: article 3${NNBSP}?`, lawyer: true, checked: null });
    const en = await getShownReferences('en');
    expect(en[0]).toMatchObject({ label: `Consumer Code, art.${NBSP}L.${NBSP}121-1 (‘unfair practices’)`, supports: 'The charter’s article 3' });
  });

  it('reads the file once for both languages', async () => {
    const { getShownReferences } = await loader();
    await Promise.all([getShownReferences('fr'), getShownReferences('en'), getShownReferences('fr')]);
    expect(reads()).toEqual(['references references']);
  });
});
