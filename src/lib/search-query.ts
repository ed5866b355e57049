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
