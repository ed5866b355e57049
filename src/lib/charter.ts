/**
 * Addresses of the charter and its articles: anchors, routes, image paths.
 * Pure functions of an article number, so every page, image and test derives the same address
 * and a link such as `/charte/#article-3` keeps pointing at the same commitment across versions.
 */

/** Site-relative route of the charter page. */
export const CHARTER_ROUTE = '/charte/';

/** Site-relative path of the charter's share image (1200×630 PNG, built by `src/pages/og/charte/`). */
export const CHARTER_OG_IMAGE = '/og/charte/charte.png';

/** Site-relative path of the adoption badge published with the site. */
export const BADGE_SVG = '/charte/badge.svg';

/** Same badge as a PNG, for e-mail clients that do not display SVG. */
export const BADGE_PNG = '/charte/badge.png';

/** Returns the element id of article `n` on the charter page: `article-3`. */
export function articleAnchor(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Numéro d’article invalide : ${n}`);
  return `article-${n}`;
}

/** Returns the site-relative link to article `n` inside the charter: `/charte/#article-3`. */
export function articleHref(n: number): string {
  return `${CHARTER_ROUTE}#${articleAnchor(n)}`;
}

/** Returns the site-relative route of the page showing article `n` alone: `/charte/article-3/`. */
export function articleRoute(n: number): string {
  return `${CHARTER_ROUTE}${articleAnchor(n)}/`;
}

/** Returns the site-relative path of article `n`'s share image: `/og/charte/article-3.png`. */
export function articleOgImage(n: number): string {
  return `/og/charte/${articleAnchor(n)}.png`;
}

/**
 * Returns the problems of a list of article numbers, empty when it is valid:
 * positive integers, each used once, in increasing order. Gaps are allowed on purpose:
 * a withdrawn article leaves its number unused so that older links never change meaning.
 */
export function articleNumberProblems(numbers: readonly number[]): string[] {
  const problems: string[] = [];
  numbers.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 1) problems.push(`le numéro ${n} n’est pas un entier positif`);
    const previous = numbers[i - 1];
    if (previous !== undefined && n === previous) problems.push(`le numéro ${n} est utilisé deux fois`);
    else if (previous !== undefined && n < previous) problems.push(`l’article ${n} vient après l’article ${previous}`);
  });
  return problems;
}

/**
 * Returns a legal reference with no-break spaces after the abbreviations that must stay with
 * the number they introduce (« art. L. 121-5 », « loi n° 2016-1691 »), so no line ends on « L. ».
 */
export function bindLegalReference(text: string): string {
  return text.replace(/(?<=^|[\s(\u00A0])(art\.|L\.|R\.|n°) (?=[\dLR])/g, '$1\u00A0');
}

/** Returns `date` as a French long date (« 26 novembre 2026 »), read in UTC like the content dates. */
export function formatCharterDate(date: Date, locale = 'fr-FR'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
