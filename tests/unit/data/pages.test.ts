import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reads, useCollections } from './content';
import { page } from './fixtures';

vi.mock('astro:content', () => import('./content'));

/** The content page loader, imported afresh: empty caches. */
async function loader() {
  vi.resetModules();
  return import('../../../src/data/pages');
}

const pages = [page('fr', 'premier', 1), page('fr', 'second', 2, { navTitle: 'Deuxième' }), page('en', 'premier', 1), page('en', 'second', 2, { segment: 'second-page' })];

beforeEach(() => useCollections({ pages }));

describe('getPages', () => {
  it('places each page at its own address, keyed by its French route, with its section neighbours', async () => {
    const found = await (await loader()).getPages('en');
    expect(found.map(({ id, own, title, prev, next }) => ({ id, own, title, prev, next }))).toEqual([
      { id: '/guide/premier/', own: '/en/guide/premier/', title: 'premier : titre', prev: undefined, next: { href: '/en/guide/second-page/', label: 'second : titre' } },
      { id: '/guide/second/', own: '/en/guide/second-page/', title: 'second : titre', prev: { href: '/en/guide/premier/', label: 'premier : titre' }, next: undefined },
    ]);
  });

  it('names neighbours by their navigation title, and reads the collection once per language', async () => {
    const { getPages } = await loader();
    const [fr] = await Promise.all([getPages('fr'), getPages('fr')]);
    expect(fr[0]!.next).toEqual({ href: '/guide/second/', label: 'Deuxième' });
    // One read for the pages of the language, one for the route map.
    expect(reads().filter((r) => r === 'pages')).toHaveLength(2);
  });

  it('fails naming the file of a guide page without « thisWeek »', async () => {
    useCollections({ pages: [...pages.slice(1), page('fr', 'premier', 1, { thisWeek: undefined })] });
    await expect((await loader()).getPages('fr')).rejects.toThrow('content/pages/fr/guide/premier.mdx : le champ « thisWeek »');
  });
});

describe('content pages’ front matter is typeset once, here', () => {
  it('gives French pages French spacing in their titles, the neighbours’ labels included', async () => {
    const fr = await (await loader()).getPages('fr');
    expect(fr[0]!.title).toBe('premier\u202F: titre');
    expect(fr[0]!.data.title).toBe('premier\u202F: titre');
    expect(fr[1]!.prev).toEqual({ href: '/guide/premier/', label: 'premier\u202F: titre' });
  });

  it('typesetPage sets every text a page shows and keeps the rest as it is', async () => {
    const { typesetPage } = await loader();
    const data = {
      title: 'Pourquoi ?',
      description: "Ce qu'il faut : peu.",
      summary: ['Un point : le seul.'],
      sources: [{ author: "L'auteur", title: 'Titre : sous-titre', year: 2020, publisher: 'Éditeur !', url: 'https://exemple.fr/a:b' }],
    };
    expect(typesetPage(data, 'fr')).toEqual({
      title: 'Pourquoi\u202F?',
      description: 'Ce qu’il faut\u202F: peu.',
      summary: ['Un point\u202F: le seul.'],
      sources: [{ author: 'L’auteur', title: 'Titre\u202F: sous-titre', year: 2020, publisher: 'Éditeur\u202F!', url: 'https://exemple.fr/a:b' }],
    });
    expect(typesetPage({ ...data, title: "The 'best' way", sources: [] }, 'en')).toMatchObject({ title: 'The ‘best’ way', description: 'Ce qu’il faut : peu.' });
    expect(typesetPage(data, 'fr')).not.toHaveProperty('thisWeek');
  });
});
