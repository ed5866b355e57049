/**
 * Site structure: main sections, routes of content entries, breadcrumbs and previous/next links.
 * Pure functions over plain data; pages hand them the collection entries they loaded.
 */

import { SECTIONS, type SectionId } from './routes';

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
 * then the page itself. `titles` maps routes (sections included) to labels; unknown ancestors are skipped.
 */
export function breadcrumbs(path: string, titles: ReadonlyMap<string, string>, homeLabel = 'Accueil'): Crumb[] {
  const segments = path.split('/').filter(Boolean);
  const trail: Crumb[] = [{ label: homeLabel, href: '/' }];
  for (let i = 1; i <= segments.length; i++) {
    const href = `/${segments.slice(0, i).join('/')}/`;
    const label = titles.get(href);
    if (label) trail.push({ label, href });
  }
  return trail;
}

/** Prefixes a site-relative route with the deployment base path (`/` or `/sub/path/`). */
export function withBase(route: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return `${prefix}${route.startsWith('/') ? route : `/${route}`}`;
}

/** An entry of a section's page list: a page, its sub-pages, and whether it is the page being read. */
export interface SectionLink {
  href: string;
  label: string;
  current: boolean;
  children: SectionLink[];
}

/**
 * Returns the pages of `section` as a list to show beside the text, in reading order: a page whose
 * French route lies under another page of the section (`/guide/outils/delegation/` under
 * `/guide/outils/`), the section's own home excepted, is listed under it. `currentId` is the French
 * route of the page being read; `hrefOf` gives a page's address in the reader's language.
 */
export function sectionLinks<T extends NavPage>(
  pages: readonly T[],
  section: string,
  currentId: string,
  hrefOf: (page: T) => string,
): SectionLink[] {
  const ordered = pagesOfSection(pages, section);
  const home = `/${section}/`;
  const links = new Map<string, SectionLink>();
  const top: SectionLink[] = [];
  for (const page of ordered) {
    const link: SectionLink = { href: hrefOf(page), label: page.title, current: page.id === currentId, children: [] };
    links.set(page.id, link);
    const parent = parentRoute(page.id);
    const holder = parent && parent !== home ? links.get(parent) : undefined;
    (holder ? holder.children : top).push(link);
  }
  return top;
}

/** `/guide/outils/delegation/` → `/guide/outils/`; undefined for the root. */
function parentRoute(route: string): string | undefined {
  const segments = route.split('/').filter(Boolean);
  return segments.length === 0 ? undefined : `/${segments.slice(0, -1).join('/')}${segments.length > 1 ? '/' : ''}`;
}
