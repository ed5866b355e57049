import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reads, useCollections, type Entry } from './content';
import { typesetter } from '../../../src/lib/typography';

vi.mock('astro:content', () => import('./content'));

/** The dictionary loader, imported afresh: empty caches. */
async function loader() {
  vi.resetModules();
  return import('../../../src/data/dictionaries');
}

const ui = (id: string, data: Record<string, string>): Entry => ({ id, data });
const files = [
  ui('fr/site', { 'nav.home': 'Accueil', 'nav.search': 'Rechercher : le site' }),
  ui('fr/team', { 'team.title': 'Votre équipe ?' }),
  ui('en/site', { 'nav.home': 'Home', 'nav.search': 'Search: the site' }),
  ui('en/team', { 'team.title': 'Your team?' }),
];

beforeEach(() => useCollections({ ui: files }));

describe('getDictionary', () => {
  it('merges the files of a language into one dictionary, French typography applied to French only', async () => {
    const { getDictionary } = await loader();
    expect(await getDictionary('fr')).toEqual({
      'nav.home': 'Accueil',
      'nav.search': typesetter('fr')('Rechercher : le site'),
      'team.title': typesetter('fr')('Votre équipe ?'),
    });
    expect((await getDictionary('fr'))['team.title']).not.toBe('Votre équipe ?');
    expect(await getDictionary('en')).toEqual({ 'nav.home': 'Home', 'nav.search': 'Search: the site', 'team.title': 'Your team?' });
  });

  it('reads the collection once per language for the whole build', async () => {
    const { getDictionary } = await loader();
    await Promise.all([getDictionary('fr'), getDictionary('en'), getDictionary('fr')]);
    expect(reads()).toEqual(['ui', 'ui']);
  });

  it('fails naming both files of a key defined twice in one language', async () => {
    useCollections({ ui: [...files, ui('fr/charte', { 'nav.home': 'Maison' })] });
    await expect((await loader()).getDictionary('fr')).rejects.toThrow('Clé d’interface « nav.home » définie deux fois : content/i18n/fr/site.json et content/i18n/fr/charte.json');
  });

  it('fails naming a key missing in one language and the file to complete', async () => {
    useCollections({ ui: files.map((f) => (f.id === 'en/team' ? ui('en/team', {}) : f)) });
    await expect((await loader()).getDictionary('fr')).rejects.toThrow(/« team\.title » \(content\/i18n\/fr\/team\.json\) manque en en : ajoutez-la à content\/i18n\/en\/team\.json/);
  });

  it('fails when a language has no dictionary file', async () => {
    useCollections({ ui: files.filter((f) => f.id.startsWith('fr/')) });
    await expect((await loader()).getDictionary('fr')).rejects.toThrow('Aucun dictionnaire d’interface dans content/i18n/en/');
  });
});

describe('getTranslator', () => {
  it('translates in the locale Astro gives, French when it gives none or an unknown one', async () => {
    const { getTranslator } = await loader();
    expect((await getTranslator('en'))('nav.home')).toBe('Home');
    expect((await getTranslator(undefined))('nav.home')).toBe('Accueil');
    expect((await getTranslator('de'))('nav.home')).toBe('Accueil');
  });
});
