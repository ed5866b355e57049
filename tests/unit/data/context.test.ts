import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useCollections, type Entry } from './content';
import { charterEntries, instrument, instrumentText, page } from './fixtures';
import { LOCALES } from '../../../src/lib/locale';

vi.mock('astro:content', () => import('./content'));

/** The page context, its loaders imported afresh: empty caches. */
async function context(locale: string | undefined, pathname: string) {
  vi.resetModules();
  return (await import('../../../src/data/context')).pageContext(locale, pathname);
}

const sections = (names: string[]) => Object.fromEntries(['guide', 'ethique', 'diagnostic', 'charte', 'a-propos'].map((id, i) => [`nav.section.${id}`, names[i]!]));
const ui: Entry[] = [
  { id: 'fr/site', data: { 'nav.home': 'Accueil', ...sections(['Guide', 'Éthique', 'Diagnostic', 'Charte', 'À propos']), 'search.title': 'Rechercher : le site' } },
  { id: 'en/site', data: { 'nav.home': 'Home', ...sections(['Guide', 'Ethics', 'Assessment', 'Charter', 'About']), 'search.title': 'Search: the site' } },
];

beforeEach(() =>
  useCollections({
    ui,
    // The guide's index (id `<lang>/guide`) and one page in it.
    pages: [{ ...page('fr', 'index', 0), id: 'fr/guide' }, { ...page('en', 'index', 0), id: 'en/guide' }, page('fr', 'premier', 1), page('en', 'premier', 1, { segment: 'first' })],
    instruments: [{ id: 'essai', data: instrument() }],
    instrumentTexts: [{ id: 'en/essai', data: instrumentText() }],
    charter: charterEntries(),
  }),
);

describe('pageContext', () => {
  it('speaks the language Astro gives the page: translator, locale, links in that language', async () => {
    const c = await context('en', '/en/guide/first/');
    expect(c.lang).toBe('en');
    expect(c.info).toEqual(LOCALES.en);
    expect(c.t('nav.home')).toBe('Home');
    expect(c.route).toBe('/guide/premier/');
    expect(c.localize('/charte/')).toBe('/en/charter/');
    expect(c.href('/guide/premier/#fin')).toBe('/en/guide/first/#fin');
  });

  it('typesets French strings, and falls back to French without a locale', async () => {
    const c = await context(undefined, '/guide/premier/');
    expect(c.lang).toBe('fr');
    expect(c.t('search.title')).toBe(c.typeset('Rechercher : le site'));
    expect(c.t('search.title')).not.toBe('Rechercher : le site');
  });

  it('builds the breadcrumbs of the page: home, its section, the page, linked in its language', async () => {
    const c = await context('en', '/en/guide/first/');
    expect(c.crumbs('First')).toEqual([
      { label: 'Home', href: '/en/' },
      { label: 'Guide', href: '/en/guide/' },
      { label: 'First', href: '/en/guide/first/' },
    ]);
  });

  it('typesets the breadcrumbs’ labels, so that the trail renders them as they come', async () => {
    const fr = await context('fr', '/guide/premier/');
    expect(fr.crumbs('Pourquoi : la page', [['/guide/', 'Le « guide »']]).map((crumb) => crumb.label)).toEqual(['Accueil', 'Le «\u202Fguide\u202F»', 'Pourquoi\u202F: la page']);
    const en = await context('en', '/en/guide/first/');
    expect(en.crumbs("The 'first' page").at(-1)!.label).toBe('The ‘first’ page');
  });

  it('has no route for a page outside the route map, and refuses it breadcrumbs, naming the address', async () => {
    const c = await context('fr', '/inconnue/');
    expect(c.route).toBeUndefined();
    expect(() => c.crumbs('Inconnue')).toThrow('Fil d’Ariane demandé pour « /inconnue/ »');
  });
});
