/**
 * The printable booklets: the guide and the ethics section, each gathered in one page in reading
 * order. Pure helpers: which booklet a page belongs to, and how a chapter's HTML is rewritten so
 * that its anchors stay unique in the booklet and its links to other chapters stay inside it.
 */

import type { UiKey } from './i18n';
import { ROUTES } from './routes';

export interface Booklet {
  /** Section id (`guide`, `ethique`): the pages it gathers. */
  section: 'guide' | 'ethique';
  /** French route of the booklet. */
  route: string;
  /** Dictionary key of the « print the whole section » link. */
  printKey: UiKey;
}

export const BOOKLETS: readonly Booklet[] = [
  { section: 'guide', route: ROUTES.guideBooklet, printKey: 'booklet.print' },
  { section: 'ethique', route: ROUTES.ethicsBooklet, printKey: 'booklet.printEthics' },
];

/** The booklet that gathers the page at French route `route`, or undefined (the booklet itself has none). */
export function bookletOf(route: string): Booklet | undefined {
  return BOOKLETS.find((b) => route.startsWith(`/${b.section}/`) && route !== b.route);
}

/** Anchor of a chapter in the booklet, from the page's French route: `/guide/e-mc4/` → `guide-e-mc4`. */
export function chapterId(route: string): string {
  return route.split('/').filter(Boolean).join('-') || 'accueil';
}

export interface ChapterLinks {
  /** Chapter anchor by page address as it appears in links (base path and language included). */
  chapters: ReadonlyMap<string, string>;
  /** Absolute address of the online site (for printed addresses), without trailing slash. */
  origin: string;
}

const idAttributes = /\s(id|for|popovertarget|aria-labelledby|aria-describedby|aria-controls|headers)="([^"]*)"/g;

/**
 * Rewrites a chapter's HTML for the booklet: every id (and every attribute referring to one) gets the
 * chapter prefix, links to an anchor of the same page or of another chapter point inside the booklet,
 * and other internal links carry their full address in `data-print`, printed after the link. Pure.
 */
export function rewriteChapter(html: string, chapter: string, links: ChapterLinks): string {
  const prefixed = html
    .replace(idAttributes, (_, name: string, value: string) => ` ${name}="${value.split(/\s+/).map((v) => (v ? `${chapter}-${v}` : v)).join(' ')}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${chapter}-${id})`)
    // The chapter title is the booklet's level 2: the page's own headings go one level down.
    .replace(/<(\/?)h([2-5])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`);
  return prefixed.replace(/\shref="([^"]*)"/g, (whole, href: string) => {
    if (href.startsWith('#')) return ` href="#${chapter}-${href.slice(1)}"`;
    if (!href.startsWith('/') || href.startsWith('//')) return whole;
    const hash = href.indexOf('#');
    const [path, fragment] = hash === -1 ? [href, ''] : [href.slice(0, hash), href.slice(hash + 1)];
    const target = links.chapters.get(path);
    if (target) return ` href="#${fragment ? `${target}-${fragment}` : target}"`;
    return `${whole} data-print="${links.origin}${href}"`;
  });
}
