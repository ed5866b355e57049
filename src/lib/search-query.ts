/**
 * Query helpers for the search page. Pagefind folds accents itself but not ligatures,
 * so a query is expanded into its ligature variants (« oeuvre » ⇄ « œuvre ») and the results merged.
 */

const ligatures: ReadonlyArray<readonly [string, string]> = [
  ['œ', 'oe'],
  ['æ', 'ae'],
];

/** Returns the distinct spellings of `query` with ligatures written both ways, the query first. */
export function queryVariants(query: string): string[] {
  const base = query.trim().replace(/\s+/g, ' ');
  if (base === '') return [];
  const lower = base.toLocaleLowerCase('fr');
  const variants = new Set<string>([base]);
  for (const [ligature, letters] of ligatures) {
    if (lower.includes(ligature)) variants.add(lower.replaceAll(ligature, letters));
    if (lower.includes(letters)) variants.add(lower.replaceAll(letters, ligature));
  }
  return [...variants];
}

/** Returns the `q` parameter of a search string (`?q=…`), trimmed, or an empty string. */
export function readQuery(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}

/** Returns `href` with its `q` parameter set to `query` (removed when empty), keeping the rest. */
export function writeQuery(href: string, query: string): string {
  const target = new URL(href);
  if (query.trim()) target.searchParams.set('q', query.trim());
  else target.searchParams.delete('q');
  return target.pathname + target.search + target.hash;
}

/** The sections a search can be narrowed to (Pagefind filter `rubrique`), in the order offered. */
export const SEARCH_SECTIONS = ['guide', 'outils', 'ethique', 'charte', 'autodiagnostics'] as const;
export type SearchSection = (typeof SEARCH_SECTIONS)[number] | 'a-propos';

/** The search section of the page at French route `route` (`/guide/outils/…` is « outils »), or undefined. */
export function searchSectionOf(route: string): SearchSection | undefined {
  if (route.startsWith('/guide/outils/')) return 'outils';
  const first = route.split('/')[1];
  if (first === 'diagnostic') return 'autodiagnostics';
  return first === 'guide' || first === 'ethique' || first === 'charte' || first === 'a-propos' ? first : undefined;
}

/** Returns the `rubrique` parameter of a search string when it names a known section, else undefined. */
export function readSection(search: string): (typeof SEARCH_SECTIONS)[number] | undefined {
  const value = new URLSearchParams(search).get('rubrique') ?? '';
  return (SEARCH_SECTIONS as readonly string[]).includes(value) ? (value as (typeof SEARCH_SECTIONS)[number]) : undefined;
}

/** Returns `href` with its `rubrique` parameter set to `section` (removed when undefined), keeping the rest. */
export function writeSection(href: string, section: string | undefined): string {
  const target = new URL(href, 'http://x');
  if (section) target.searchParams.set('rubrique', section);
  else target.searchParams.delete('rubrique');
  return target.pathname + target.search + target.hash;
}
