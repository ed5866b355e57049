/** Longest a document title may be before search engines cut it (html-validate's long-title rule). */
export const TITLE_MAX = 70;

/**
 * The `<title>` of a page: `title · context · site`, dropping the site name, then the context, when
 * the whole would exceed `max` characters. The page's own title always stays whole.
 */
export function documentTitle(title: string, site: string, context?: string, max = TITLE_MAX): string {
  if (title === site) return title;
  const candidates = [context && [title, context, site], context && [title, context], [title, site]].filter((c): c is string[] => !!c);
  return candidates.map((parts) => parts.join(' · ')).find((full) => full.length <= max) ?? title;
}
