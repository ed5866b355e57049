import { describe, expect, it } from 'vitest';
import { APP_PAGES, APP_ROUTES, instrumentPages, RouteMap, ROUTES, SECTIONS, pairContentEntries, placeEntry, type RoutePair } from '../../src/lib/routes';
import { pageEntries, pageFiles } from '../support/content-pages';

const GUIDE: RoutePair = { fr: '/guide/e-mc4/', en: '/en/guide/e-mc4/' };
const CLIENT: RoutePair = { fr: '/guide/relation-client/', en: '/en/guide/customer-relationship/' };

describe('RouteMap', () => {
  const routes = new RouteMap([...APP_ROUTES, GUIDE, CLIENT]);

  it('gives the address of a page in either language, from either language', () => {
    expect(routes.localize('/guide/relation-client/', 'en')).toBe('/en/guide/customer-relationship/');
    expect(routes.localize('/en/guide/customer-relationship/', 'fr')).toBe('/guide/relation-client/');
    expect(routes.localize('/guide/relation-client/', 'fr')).toBe('/guide/relation-client/');
    expect(routes.localize('/en/guide/customer-relationship/', 'en')).toBe('/en/guide/customer-relationship/');
    expect(routes.localize('/charte/adopter/', 'en')).toBe('/en/charter/adopt/');
  });

  it('keeps the fragment as it is, in both directions', () => {
    expect(routes.localize('/guide/e-mc4/#motivation', 'en')).toBe('/en/guide/e-mc4/#motivation');
    expect(routes.localize('/en/charter/buyers/#signaler', 'fr')).toBe('/charte/acheteurs/#signaler');
    expect(routes.localize('/guide/relation-client/#', 'en')).toBe('/en/guide/customer-relationship/#');
  });

  it('finds the pair of a page from either of its routes, fragment or not', () => {
    expect(routes.pair('/en/guide/customer-relationship/')).toBe(routes.pair('/guide/relation-client/'));
    expect(routes.pair('/guide/e-mc4/#culture')).toEqual(GUIDE);
    expect(routes.pair('/guide/inconnue/')).toBeUndefined();
  });

  it('throws, naming it, on an unknown address (no trailing-slash or prefix guessing)', () => {
    expect(() => routes.localize('/guide/inconnue/#x', 'en')).toThrow('« /guide/inconnue/#x »');
    expect(() => routes.localize('/guide/e-mc4', 'en')).toThrow('« /guide/e-mc4 »');
    expect(() => routes.localize('/en/guide/relation-client/', 'fr')).toThrow('« /en/guide/relation-client/ »');
  });

  it('refuses a route claimed twice, naming it, whichever language collides', () => {
    expect(() => new RouteMap([GUIDE, { fr: '/guide/e-mc4/', en: '/en/guide/other/' }])).toThrow('« /guide/e-mc4/ »');
    expect(() => new RouteMap([GUIDE, { fr: '/guide/autre/', en: '/en/guide/e-mc4/' }])).toThrow('« /en/guide/e-mc4/ »');
  });

  it('accepts a page that pairs with itself (a page marked untranslated has one route for both languages)', () => {
    expect(new RouteMap([{ fr: '/x/', en: '/x/' }]).localize('/x/', 'en')).toBe('/x/');
  });

  it('lists every pair once', () => {
    expect(routes.pairs).toHaveLength(APP_ROUTES.length + 2);
    expect(routes.pairs).toContainEqual(CLIENT);
  });
});

describe('APP_ROUTES', () => {
  it('has unique routes, French at the root and English under /en/', () => {
    const fr = APP_ROUTES.map((p) => p.fr);
    const en = APP_ROUTES.map((p) => p.en);
    expect(new Set(fr).size).toBe(fr.length);
    expect(new Set(en).size).toBe(en.length);
    for (const route of en) expect(route, route).toMatch(/^\/en\//);
    for (const route of fr) expect(route, route).toMatch(/^\/(?!en\/)/);
    expect(() => new RouteMap(APP_ROUTES)).not.toThrow();
  });

  it('covers the agreed French app pages', () => {
    const fr = APP_ROUTES.map((p) => p.fr);
    for (const route of ['/', '/diagnostic/', '/diagnostic/methodologie/', '/diagnostic/equipe/', '/charte/', '/charte/adopter/', '/charte/acheteurs/', '/charte/versions/', '/recherche/']) {
      expect(fr).toContain(route);
    }
  });
});

describe('SECTIONS', () => {
  it('keys each section by its French slug and gives distinct English slugs', () => {
    for (const { id, slugs } of SECTIONS) expect(slugs.fr).toBe(id);
    const en = SECTIONS.map((s) => s.slugs.en);
    expect(new Set(en).size).toBe(en.length);
    expect(SECTIONS.find((s) => s.id === 'ethique')!.slugs.en).toBe('ethics');
    expect(SECTIONS.find((s) => s.id === 'a-propos')!.slugs.en).toBe('about');
  });
});

describe('ROUTES', () => {
  it('names every app page by its French route', () => {
    for (const [name, page] of Object.entries(APP_PAGES)) expect(ROUTES[name as keyof typeof APP_PAGES]).toBe(page.fr);
  });

  it('gives questionnaire pages under the assessments page in both languages, the questionnaire marked interactive', () => {
    expect(instrumentPages('climat-ethique', 'ethical-climate')).toEqual([
      { fr: '/diagnostic/climat-ethique/', en: '/en/assessment/ethical-climate/', interactive: true },
      { fr: '/diagnostic/climat-ethique/papier/', en: '/en/assessment/ethical-climate/paper/' },
    ]);
  });
});

describe('placeEntry', () => {
  it('places a French page at its file name, with the key its twin shares', () => {
    expect(placeEntry({ id: 'fr/guide/relation-client', section: 'guide' })).toEqual({ lang: 'fr', key: 'guide/relation-client', route: '/guide/relation-client/' });
  });

  it('places an English page under /en/, at its segment and its section’s English slug', () => {
    expect(placeEntry({ id: 'en/guide/relation-client', section: 'guide', segment: 'customer-relationship' })).toEqual({
      lang: 'en',
      key: 'guide/relation-client',
      route: '/en/guide/customer-relationship/',
    });
    expect(placeEntry({ id: 'en/a-propos/confidentialite', section: 'a-propos', segment: 'privacy' }).route).toBe('/en/about/privacy/');
    expect(placeEntry({ id: 'en/ethique/index', section: 'ethique' }).route).toBe('/en/ethics/');
  });

  it('places a page of a sub-folder at its folder path in French and at its segment in English', () => {
    expect(placeEntry({ id: 'fr/guide/outils/delegation', section: 'guide' })).toEqual({ lang: 'fr', key: 'guide/outils/delegation', route: '/guide/outils/delegation/' });
    expect(placeEntry({ id: 'en/guide/outils/entretien-individuel', section: 'guide', segment: 'tools/one-to-one' })).toEqual({
      lang: 'en',
      key: 'guide/outils/entretien-individuel',
      route: '/en/guide/tools/one-to-one/',
    });
    expect(placeEntry({ id: 'en/guide/outils', section: 'guide', segment: 'tools' }).route).toBe('/en/guide/tools/');
  });

  it('places a section index (id without /index, as Astro gives it) at the section root', () => {
    expect(placeEntry({ id: 'fr/guide', section: 'guide' })).toEqual({ lang: 'fr', key: 'guide', route: '/guide/' });
    expect(placeEntry({ id: 'en/ethique', section: 'ethique' })).toEqual({ lang: 'en', key: 'ethique', route: '/en/ethics/' });
  });

  it('throws, naming the file, when the folder and the section disagree', () => {
    expect(() => placeEntry({ id: 'fr/guide/charte-bis', section: 'ethique' })).toThrow('content/pages/fr/guide/charte-bis.mdx');
    expect(() => placeEntry({ id: 'en/guide', section: 'a-propos' })).toThrow('content/pages/en/guide/index.mdx');
  });

  it('throws, naming the file, outside a language folder or a known section', () => {
    expect(() => placeEntry({ id: 'de/guide/x', section: 'guide' })).toThrow('content/pages/de/guide/x.mdx');
    // A two-part id is ambiguous (Astro drops `/index`): the message names `guide/x/index.mdx` for `guide/x.mdx` too.
    expect(() => placeEntry({ id: 'guide/x', section: 'guide' })).toThrow('content/pages/guide/x');
    expect(() => placeEntry({ id: 'fr', section: 'guide' })).toThrow('content/pages/fr/index.mdx');
    expect(() => placeEntry({ id: 'fr/blog/x', section: 'blog' })).toThrow('content/pages/fr/blog/x.mdx');
  });
});

describe('pairContentEntries', () => {
  const fr = { id: 'fr/guide/relation-client', section: 'guide' };
  const en = { id: 'en/guide/relation-client', section: 'guide', segment: 'customer-relationship' };

  it('pairs the two languages’ files by their shared path', () => {
    expect(pairContentEntries([fr, en, { id: 'en/guide', section: 'guide' }, { id: 'fr/guide', section: 'guide' }])).toEqual([
      { fr: '/guide/relation-client/', en: '/en/guide/customer-relationship/' },
      { fr: '/guide/', en: '/en/guide/' },
    ]);
  });

  it('throws, naming the entry and its missing twin, when a page has no translation', () => {
    expect(() => pairContentEntries([fr, en, { id: 'fr/guide/orpheline', section: 'guide' }])).toThrow(
      /content\/pages\/fr\/guide\/orpheline\.mdx n’a pas de version en \(créez content\/pages\/en\/guide\/orpheline\.mdx/,
    );
    expect(() => pairContentEntries([fr])).toThrow('content/pages/fr/guide/relation-client.mdx');
    expect(() => pairContentEntries([en])).toThrow(/content\/pages\/en\/guide\/relation-client\.mdx n’a pas de version fr/);
    expect(() => pairContentEntries([{ id: 'en/ethique', section: 'ethique' }])).toThrow('content/pages/en/ethique/index.mdx');
  });

  it('names every untranslated entry at once', () => {
    const run = () => pairContentEntries([{ id: 'fr/guide/a', section: 'guide' }, { id: 'en/ethique/b', section: 'ethique' }]);
    expect(run).toThrow('content/pages/fr/guide/a.mdx');
    expect(run).toThrow('content/pages/en/ethique/b.mdx');
  });

  it('accepts a page without twin when it is marked untranslated, and still pairs the others', () => {
    const pairs = pairContentEntries([fr, en, { id: 'fr/guide/orpheline', section: 'guide', untranslated: true }]);
    expect(pairs).toContainEqual({ fr: '/guide/relation-client/', en: '/en/guide/customer-relationship/' });
    expect(() => pairContentEntries([{ id: 'en/guide/only', section: 'guide', untranslated: true }])).not.toThrow();
  });

  it('pairs an untranslated page with itself, so links to it from either language resolve and clashes are caught', () => {
    const pairs = pairContentEntries([fr, en, { id: 'fr/guide/orpheline', section: 'guide', untranslated: true }]);
    expect(pairs).toContainEqual({ fr: '/guide/orpheline/', en: '/guide/orpheline/' });
    const map = new RouteMap([...APP_ROUTES, ...pairs]);
    expect(map.localize('/guide/orpheline/#a', 'en')).toBe('/guide/orpheline/#a');
    expect(() => new RouteMap([...pairs, { fr: '/guide/orpheline/', en: '/en/guide/x/' }])).toThrow('/guide/orpheline/');
  });

  it('does not let the untranslated mark of one language excuse the other', () => {
    expect(() => pairContentEntries([{ id: 'fr/guide/orpheline', section: 'guide', untranslated: false }])).toThrow('orpheline');
  });

  it('yields pairs that a RouteMap rejects when two English segments collide', () => {
    const pairs = pairContentEntries([
      { id: 'fr/guide/a', section: 'guide' },
      { id: 'en/guide/a', section: 'guide', segment: 'same' },
      { id: 'fr/guide/b', section: 'guide' },
      { id: 'en/guide/b', section: 'guide', segment: 'same' },
    ]);
    expect(() => new RouteMap(pairs)).toThrow('« /en/guide/same/ »');
  });
});

describe('the content pages in content/pages/', () => {
  const entries = pageEntries();

  it('has an English twin for every French file and the reverse', () => {
    const fr = pageFiles('fr');
    const en = pageFiles('en');
    expect(fr.length).toBeGreaterThan(10);
    expect(en.filter((f) => !fr.includes(f)), 'English files without a French twin').toEqual([]);
    expect(fr.filter((f) => !en.includes(f)), 'French files without an English twin').toEqual([]);
  });

  it('are all translated: none is marked untranslated', () => {
    expect(entries.filter((e) => e.untranslated).map((e) => e.id)).toEqual([]);
  });

  it('pair into unique routes, English ones under /en/, that fit with the app routes', () => {
    const pairs = pairContentEntries(entries);
    expect(pairs).toHaveLength(pageFiles('fr').length);
    const en = pairs.map((p) => p.en);
    expect(new Set(en).size).toBe(en.length);
    // A page may sit one folder down (the guide's toolkit: /guide/outils/delegation/).
    for (const route of en) expect(route).toMatch(/^\/en\/(guide|ethics|about)\/([a-z0-9-]+\/){0,2}$/);
    for (const { fr } of pairs) expect(fr).toMatch(/^\/(guide|ethique|a-propos)\/([a-z0-9-]+\/){0,2}$/);
    expect(() => new RouteMap([...APP_ROUTES, ...pairs])).not.toThrow();
  });

  it('keep the agreed French addresses and give English ones', () => {
    const routes = new RouteMap([...APP_ROUTES, ...pairContentEntries(entries)]);
    for (const route of [
      '/guide/',
      '/guide/approche-systemique/',
      '/guide/performance/',
      '/guide/relation-client/',
      '/guide/engagement/',
      '/guide/e-mc4/',
      '/guide/motivation-intrinseque/',
      '/guide/manager-leader/',
      '/guide/principes/',
      '/guide/glossaire/',
      '/ethique/',
      '/ethique/enablement-ou-engagement/',
      '/a-propos/',
      '/a-propos/confidentialite/',
      '/a-propos/methodologie/',
      '/a-propos/mentions-legales/',
    ]) {
      expect(routes.pair(route)?.fr, route).toBe(route);
      expect(routes.localize(route, 'en')).toMatch(/^\/en\//);
    }
    expect(routes.localize('/a-propos/confidentialite/', 'en')).toBe('/en/about/privacy/');
    expect(routes.localize('/a-propos/mentions-legales/', 'en')).toBe('/en/about/legal-notice/');
    expect(routes.localize('/guide/relation-client/#x', 'en')).toBe('/en/guide/customer-relationship/#x');
  });
});
