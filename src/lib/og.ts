/**
 * Share images of the pages that have none of their own (every page but the charter's): where
 * each lives and what it says. Pure; src/integrations/og-pages.ts draws them after the build.
 */

/** File name of a page's share image, stored next to the page (its address then compresses with the canonical one). */
export const PAGE_OG_FILE = 'og.png';

/** Returns the site-relative address of the share image of the page at `path` (`/en/guide/e-mc4/` → `/en/guide/e-mc4/og.png`). */
export function pageOgImage(path: string): string {
  const folder = path.split('/').filter(Boolean).join('/');
  return folder ? `/${folder}/${PAGE_OG_FILE}` : `/${PAGE_OG_FILE}`;
}

/** Returns `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.\u202f]+$/, '')}…`;
}

/** What a built page tells about itself in its head, read back to draw its share image. */
export interface PageCard {
  /** Site-relative address of the image (`og:image` without site and base). */
  image: string;
  title: string;
  section: string;
  description: string;
  siteName: string;
  /** Full address of the page (`og:url`). */
  url: string;
}

const decode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Returns the content of `<meta property|name="key">` in `html`, entities decoded, or undefined. */
export function metaContent(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return tag ? decode(tag[1]!) : undefined;
}

/** Returns the share card of a built page whose `og:image` is its own (`…/og.png` under `base`), or undefined. */
export function readPageCard(html: string, base: string): PageCard | undefined {
  const image = metaContent(html, 'og:image');
  if (!image) return undefined;
  const { pathname } = new URL(image);
  if (!pathname.startsWith(base) || !pathname.endsWith(`/${PAGE_OG_FILE}`)) return undefined;
  return {
    image: pathname.slice(base.replace(/\/$/, '').length),
    title: metaContent(html, 'og:title') ?? '',
    // The section the search index files the page under (`data-pagefind-meta="section:Guide"`).
    section: decode(/data-pagefind-meta="section:([^"]*)"/.exec(html)?.[1] ?? ''),
    description: metaContent(html, 'og:description') ?? '',
    siteName: metaContent(html, 'og:site_name') ?? '',
    url: metaContent(html, 'og:url') ?? image,
  };
}
