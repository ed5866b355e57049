import { describe, expect, it } from 'vitest';
import { breadcrumbs, pagesOfSection, prevNext, sectionLinks, sectionOf, withBase } from '../../src/lib/navigation';

const pages = [
  { id: 'guide/engagement', title: 'Engagement', section: 'guide', order: 5 },
  { id: 'guide', title: 'Le système LeadingShip', section: 'guide', order: 1 },
  { id: 'guide/e-mc4', title: 'E=MC4', section: 'guide', order: 6 },
  { id: 'ethique', title: 'Climats éthiques', section: 'ethique', order: 1 },
];

describe('sectionOf', () => {
  it('finds the section from the first segment', () => {
    expect(sectionOf('/guide/e-mc4/')).toBe('guide');
  });
  it('returns undefined outside the sections', () => {
    expect(sectionOf('/')).toBeUndefined();
    expect(sectionOf('/recherche/')).toBeUndefined();
  });
});

describe('pagesOfSection and prevNext', () => {
  it('sorts a section by order', () => {
    expect(pagesOfSection(pages, 'guide').map((p) => p.id)).toEqual(['guide', 'guide/engagement', 'guide/e-mc4']);
  });
  it('links neighbours inside the section only', () => {
    const { prev, next } = prevNext(pages, 'guide/engagement');
    expect(prev?.id).toBe('guide');
    expect(next?.id).toBe('guide/e-mc4');
    expect(prevNext(pages, 'guide/e-mc4').next).toBeUndefined();
    expect(prevNext(pages, 'ethique')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('breadcrumbs', () => {
  it('lists home, the section and the page', () => {
    const titles = new Map([['/guide/', 'Guide'], ['/guide/e-mc4/', 'E=MC4']]);
    expect(breadcrumbs('/guide/e-mc4/', titles)).toEqual([
      { label: 'Accueil', href: '/' },
      { label: 'Guide', href: '/guide/' },
      { label: 'E=MC4', href: '/guide/e-mc4/' },
    ]);
  });

  it('skips an ancestor without a title', () => {
    expect(breadcrumbs('/guide/outils/delegation/', new Map([['/guide/outils/delegation/', 'Délégation']]))).toEqual([
      { label: 'Accueil', href: '/' },
      { label: 'Délégation', href: '/guide/outils/delegation/' },
    ]);
  });
});

describe('withBase', () => {
  it('leaves routes alone at the root', () => {
    expect(withBase('/guide/', '/')).toBe('/guide/');
  });
  it('prefixes a sub-path base', () => {
    expect(withBase('/guide/', '/docs/')).toBe('/docs/guide/');
    expect(withBase('guide/', '/docs')).toBe('/docs/guide/');
  });
});

describe('sectionLinks', () => {
  const guide = [
    { id: '/guide/outils/delegation/', title: 'Délégation', section: 'guide', order: 14 },
    { id: '/guide/', title: 'Le système', section: 'guide', order: 1 },
    { id: '/guide/outils/', title: 'Boîte à outils', section: 'guide', order: 12 },
    { id: '/guide/engagement/', title: 'Engagement', section: 'guide', order: 5 },
    { id: '/guide/glossaire/', title: 'Glossaire', section: 'guide', order: 20 },
    { id: '/ethique/', title: 'Climats éthiques', section: 'ethique', order: 1 },
  ];
  const href = (p: { id: string }) => `/en${p.id}`;

  it('lists the section in reading order, sub-pages under their folder page, the section home at the top level', () => {
    const links = sectionLinks(guide, 'guide', '/guide/outils/delegation/', href);
    expect(links.map((l) => l.label)).toEqual(['Le système', 'Engagement', 'Boîte à outils', 'Glossaire']);
    expect(links[2]!.children.map((l) => l.href)).toEqual(['/en/guide/outils/delegation/']);
  });

  it('marks only the page being read as current', () => {
    const links = sectionLinks(guide, 'guide', '/guide/outils/delegation/', href);
    const all = links.flatMap((l) => [l, ...l.children]);
    expect(all.filter((l) => l.current).map((l) => l.label)).toEqual(['Délégation']);
    expect(sectionLinks(guide, 'guide', '/ethique/', href).flatMap((l) => [l, ...l.children]).some((l) => l.current)).toBe(false);
  });

  it('keeps other sections out', () => {
    expect(sectionLinks(guide, 'ethique', '/ethique/', href)).toEqual([{ href: '/en/ethique/', label: 'Climats éthiques', current: true, children: [] }]);
  });
});
