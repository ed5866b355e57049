/**
 * Site structure: main sections, routes of content entries, breadcrumbs and previous/next links.
 * Pure functions over plain data; pages hand them the collection entries they loaded.
 */

/** A top-level section of the site, in the order of the main navigation. */
export interface Section {
  /** First URL segment, also the `section` value in page front matter. */
  id: string;
  /** Label in the main navigation and breadcrumbs. */
  label: string;
}

export const SECTIONS = [
  { id: 'guide', label: 'Guide' },
  { id: 'ethique', label: 'Éthique' },
  { id: 'diagnostic', label: 'Autodiagnostics' },
  { id: 'charte', label: 'Charte' },
  { id: 'a-propos', label: 'À propos' },
] as const satisfies readonly Section[];

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The minimum a page must tell about itself to be placed in the navigation. */
export interface NavPage {
  id: string;
  title: string;
  section: string;
  order: number;
}

export interface Crumb {
  label: string;
  href: string;
}

/** Returns the site-relative route (leading and trailing slash) of a content entry id. */
export function routeOf(id: string): string {
  const trimmed = id.replace(/(^|\/)index$/, '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Returns the section id a site-relative path belongs to, or undefined outside any section. */
export function sectionOf(path: string): SectionId | undefined {
  const first = path.split('/').filter(Boolean)[0];
  return SECTIONS.find((s) => s.id === first)?.id;
}

/** Returns the pages of one section sorted by `order`, then title. */
export function pagesOfSection<T extends NavPage>(pages: readonly T[], section: string): T[] {
  return pages
    .filter((p) => p.section === section)
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'fr'));
}

/** Returns the previous and next pages of `id` in its section's reading order. */
export function prevNext<T extends NavPage>(
  pages: readonly T[],
  id: string,
): { prev: T | undefined; next: T | undefined } {
  const current = pages.find((p) => p.id === id);
  if (!current) return { prev: undefined, next: undefined };
  const ordered = pagesOfSection(pages, current.section);
  const index = ordered.findIndex((p) => p.id === id);
  return { prev: ordered[index - 1], next: ordered[index + 1] };
}

/**
 * Returns the breadcrumb trail of a path: home, then each ancestor folder with a known title,
 * then the page itself. `titles` maps routes to labels; unknown ancestors are skipped.
 */
export function breadcrumbs(path: string, titles: ReadonlyMap<string, string>, homeLabel = 'Accueil'): Crumb[] {
  const segments = path.split('/').filter(Boolean);
  const trail: Crumb[] = [{ label: homeLabel, href: '/' }];
  for (let i = 1; i <= segments.length; i++) {
    const href = `/${segments.slice(0, i).join('/')}/`;
    const label = titles.get(href) ?? SECTIONS.find((s) => `/${s.id}/` === href)?.label;
    if (label) trail.push({ label, href });
  }
  return trail;
}

/** Prefixes a site-relative route with the deployment base path (`/` or `/sub/path/`). */
export function withBase(route: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return `${prefix}${route.startsWith('/') ? route : `/${route}`}`;
}
