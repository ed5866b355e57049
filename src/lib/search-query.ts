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

/** A word as the search compares it: lower case, without accents, ligatures spelt out. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr').replaceAll('œ', 'oe').replaceAll('æ', 'ae');
}

/** The letter-and-digit runs of a text, folded: « l’Engagement, » → ['l', 'engagement']. */
function parts(text: string): string[] {
  return foldWord(text).split(/[^\p{L}\d]+/u).filter(Boolean);
}

/** Length of the common beginning of two words. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether a page's `matched` words (the words Pagefind marked in it) really answer `query`. When a
 * query word is found nowhere, Pagefind falls back to the longest beginning of it that is a word of
 * the index (« Medef » finds « me » and « mes », « photosynthèse » finds « p. »): such a page does not
 * answer. A matched word answers a query word when it extends it (« engag » → « engagement ») or shares
 * the beginning that stemming keeps, as words of one family do (« commerciaux » → « commercial »,
 * « orientation » → « orienter »): half the query word at least, and four letters (all of a shorter word).
 */
export function answersQuery(query: string, matched: readonly string[]): boolean {
  const found = new Set(matched.flatMap(parts));
  return parts(query).every((term) => {
    const needed = Math.max(Math.min(term.length, 4), Math.ceil(term.length / 2));
    for (const word of found) {
      if (word.startsWith(term) || commonPrefix(word, term) >= needed) return true;
    }
    return false;
  });
}

/** The words of `content` at Pagefind's word positions `locations` (Pagefind splits on white space). */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(/[^\S\uFEFF]+/);
  return locations.flatMap((i) => (words[i] === undefined ? [] : [words[i]!]));
}

/**
 * Whether two excerpts show the same passage: most words of the shorter one (60 %) are in the other,
 * marks and ellipses aside. A section's excerpt that repeats its page's is left out of the results.
 */
export function sameExcerpt(a: string, b: string): boolean {
  const words = (excerpt: string) => parts(excerpt.replace(/<\/?mark>/g, ''));
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  if (short.length === 0) return false;
  return short.filter((w) => long.has(w)).length / short.length >= 0.6;
}
