import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reads, useCollections } from './content';
import { charterEntries, charterFr, instrument, instrumentText, page } from './fixtures';

vi.mock('astro:content', () => import('./content'));

/** The route map loader, imported afresh: empty cache. */
async function loader() {
  vi.resetModules();
  return import('../../../src/data/routes');
}

const collections = () => ({
  pages: [page('fr', 'premier', 1), page('en', 'premier', 1, { segment: 'first' })],
  instruments: [{ id: 'essai', data: instrument() }],
  instrumentTexts: [{ id: 'en/essai', data: instrumentText() }],
  charter: charterEntries(),
});

beforeEach(() => useCollections(collections()));

describe('getRouteMap', () => {
  it('pairs the content pages across languages, at the English segment a page gives', async () => {
    const routes = await (await loader()).getRouteMap();
    expect(routes.pair('/guide/premier/')).toEqual({ fr: '/guide/premier/', en: '/en/guide/first/' });
    expect(routes.localize('/en/guide/first/#motivation', 'fr')).toBe('/guide/premier/#motivation');
  });

  it('places each questionnaire and its paper version at the English slug of its texts', async () => {
    const routes = await (await loader()).getRouteMap();
    expect(routes.localize('/diagnostic/essai/', 'en')).toBe('/en/assessment/trial/');
    expect(routes.localize('/diagnostic/essai/papier/', 'en')).toBe('/en/assessment/trial/paper/');
  });

  it('gives every article of each charter its page in both languages, and keeps the app pages', async () => {
    const routes = await (await loader()).getRouteMap();
    expect(routes.localize('/charte/article-1/', 'en')).toBe('/en/charter/article-1/');
    expect(routes.localize('/charte/entreprises/article-1/', 'en')).toBe('/en/charter/companies/article-1/');
    expect(routes.pair('/charte/article-2/')).toBeUndefined();
    expect(routes.localize('/diagnostic/equipe/', 'en')).toBe('/en/assessment/team/');
  });

  it('gives every version of a charter its page, with or without details (an old version stays readable)', async () => {
    const detailed = { ...charterFr, changelog: [...charterFr.changelog, { version: '1.1', date: charterFr.date, changes: ['Plus clair.'], details: [{ article: 1, before: 'Avant.', after: 'Après.' }] }] };
    useCollections({ ...collections(), charter: charterEntries().map((e) => (e.id === 'fr/charte' ? { ...e, data: detailed } : e)) });
    const routes = await (await loader()).getRouteMap();
    expect(routes.pair('/charte/versions/1-1/')?.en).toBe('/en/charter/versions/1-1/');
    for (const { version } of charterFr.changelog) expect(routes.pair(`/charte/versions/${version.replace('.', '-')}/`)).toBeDefined();
  });

  it('fails naming the missing English file of a questionnaire', async () => {
    useCollections({ ...collections(), instrumentTexts: [] });
    await expect((await loader()).getRouteMap()).rejects.toThrow('content/diagnostics/en/essai.json manquant');
  });

  it('reads its collections once for the whole build', async () => {
    const { getRouteMap } = await loader();
    const [a, b] = await Promise.all([getRouteMap(), getRouteMap()]);
    expect(a).toBe(b);
    expect(reads()).toEqual(['pages', 'instruments', 'instrumentTexts', 'charter']);
  });
});
