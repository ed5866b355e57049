/**
 * Addresses of the charters and their articles: anchors, routes, image paths.
 * Pure functions of a charter id and an article number, so every page, image and test derives the
 * same address and a link such as `/charte/#article-3` keeps pointing at the same commitment
 * across versions. Two charters share this code: the salespeople's (id `salesperson`, at `/charte/`)
 * and the companies' (id `company`, at `/charte/entreprises/`). The id is the one name of a charter
 * in code (the kit's dilemma fields use it too); `CHARTERS` maps it to its file, route, image and
 * dictionary keys, which keep their French names because they are URLs and content. No function
 * takes a default id: forgetting it fails type checking.
 */
import type { TextSpec } from './data-text';

import { APP_PAGES, APP_ROUTES, type AppPage } from './routes';
import type { SectionLink } from './navigation';

/** The charters the site publishes. */
export const CHARTER_IDS = ['salesperson', 'company'] as const;
export type CharterId = (typeof CHARTER_IDS)[number];

/**
 * Where each charter lives: its data file (`content/charte/<lang>/<file>.yaml`), its French route
 * and changelog route (keys of `APP_PAGES`), its share image name, its dictionary key prefix.
 */
export const CHARTERS = {
  salesperson: { file: 'charte', route: APP_PAGES.charter.fr, versions: APP_PAGES.charterVersions.fr, image: 'charte', keys: 'charter' },
  company: { file: 'entreprises', route: APP_PAGES.companies.fr, versions: APP_PAGES.companyVersions.fr, image: 'entreprises', keys: 'charter.entreprises' },
} as const satisfies Record<CharterId, { file: string; route: string; versions: string; image: string; keys: string }>;

/** Site-relative route of the salesperson's charter page. */
export const CHARTER_ROUTE = CHARTERS.salesperson.route;

/** Returns the French route of charter `id`'s page: `/charte/`, `/charte/entreprises/`. */
export function charterRoute(id: CharterId): string {
  return CHARTERS[id].route;
}

/**
 * Returns the dictionary key of `name` for charter `id`, for the few strings that differ between
 * the charters: `charter.<name>` for the salesperson's, `charter.entreprises.<name>` for the companies'.
 */
export function charterKey<N extends string>(id: CharterId, name: N): `${(typeof CHARTERS)[CharterId]['keys']}.${N}` {
  return `${CHARTERS[id].keys}.${name}`;
}

/** Returns the French route of charter `id`'s changelog: `/charte/versions/`, `/charte/entreprises/versions/`. */
export function versionsRoute(id: CharterId): string {
  return CHARTERS[id].versions;
}

/** Returns the French route of the page « what changed in version `version` » of charter `id`: `/charte/versions/1-1/`. */
export function versionRoute(version: string, id: CharterId): string {
  if (!/^\d+\.\d+$/.test(version)) throw new RangeError(`Numéro de version invalide : ${version}`);
  return `${versionsRoute(id)}${version.replace('.', '-')}/`;
}

/**
 * The charters' pages as the list beside every charter page shows them: each charter, then under it
 * the pages that serve it, in reading order (French routes).
 */
export const CHARTER_AREA = [
  { route: APP_PAGES.charter.fr, pages: [APP_PAGES.charterAdopt.fr, APP_PAGES.charterBuyers.fr, APP_PAGES.charterVersions.fr] },
  { route: APP_PAGES.companies.fr, pages: [APP_PAGES.companyAdopt.fr, APP_PAGES.companyWorkshop.fr, APP_PAGES.companyVersions.fr] },
] as const;

/**
 * Returns the charters' pages (`CHARTER_AREA`) as a section list, the page whose French route is
 * `current` marked; `labelOf` and `hrefOf` give a French route's label and address in the reader's language.
 */
export function charterAreaLinks(current: string | undefined, labelOf: (route: string) => string, hrefOf: (route: string) => string): SectionLink[] {
  const link = (route: string, children: SectionLink[] = []): SectionLink => ({ href: hrefOf(route), label: labelOf(route), current: route === current, children });
  return CHARTER_AREA.map((charter) => link(charter.route, charter.pages.map((route) => link(route))));
}

/** Site-relative path of the adoption badge published with the site. */
export const BADGE_SVG = APP_PAGES.badgeSvg.fr;

/** Same badge as a PNG, for e-mail clients that do not display SVG. */
export const BADGE_PNG = APP_PAGES.badgePng.fr;

/** Returns the element id of article `n` on the charter page: `article-3`. */
export function articleAnchor(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Numéro d’article invalide : ${n}`);
  return `article-${n}`;
}

/** Returns the site-relative link to article `n` inside charter `id`: `/charte/#article-3`. */
export function articleHref(n: number, id: CharterId): string {
  return `${CHARTERS[id].route}#${articleAnchor(n)}`;
}

/** Returns the site-relative route of the page showing article `n` of charter `id` alone: `/charte/article-3/`. */
export function articleRoute(n: number, id: CharterId): string {
  return `${CHARTERS[id].route}${articleAnchor(n)}/`;
}

/** Returns the name of a share image in `lang`: `article-3` in French, `en-article-3` in English. */
export function ogImageName(name: string, lang: string): string {
  return lang === 'fr' ? name : `${lang}-${name}`;
}

/** Returns the name of charter `id`'s share image in `lang`, without extension: `charte`, `en-entreprises`. */
export function charterOgName(lang: string, id: CharterId): string {
  return ogImageName(CHARTERS[id].image, lang);
}

/** Returns the name of the share image of article `n` of charter `id` in `lang`: `article-3`, `en-entreprises-article-3`. */
export function articleOgName(n: number, lang: string, id: CharterId): string {
  return ogImageName(id === 'salesperson' ? articleAnchor(n) : `${CHARTERS[id].image}-${articleAnchor(n)}`, lang);
}

/** Returns the site-relative path of charter `id`'s share image in `lang` (`/og/charte/en-charte.png`). */
export function charterOgImage(lang: string, id: CharterId): string {
  return `/og/charte/${charterOgName(lang, id)}.png`;
}

/** Returns the site-relative path of the share image of article `n` of charter `id` in `lang`: `/og/charte/article-3.png`. */
export function articleOgImage(n: number, lang: string, id: CharterId): string {
  return `/og/charte/${articleOgName(n, lang, id)}.png`;
}

/**
 * Returns a legal reference with no-break spaces after the abbreviations that must stay with
 * the number they introduce (« art. L. 121-5 », « loi n° 2016-1691 »), so no line ends on « L. ».
 */
export function bindLegalReference(text: string): string {
  return text.replace(/(?<=^|[\s(\u00A0])(?:(art\.|L\.|R\.|D\.|n°) (?=[\dLRD])|([Nn]o\.) (?=\d))/g, (_, abbreviation?: string, number?: string) => `${abbreviation ?? number}\u00A0`);
}

/** Returns `date` as a long date in `locale` (« 26 novembre 2026 », “November 26, 2026”), read in UTC like the content dates. */
export function formatCharterDate(date: Date, locale = 'fr-FR'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * Returns what is structure in a charter data file (`kind`, versions, dilemma ids and climates,
 * links), for the overlay of src/lib/data-text.ts: a translation repeats the whole file, texts
 * translated, structure identical, each link's `href` equal to `localizeHref` of the reference's.
 */
export function charterTextSpec(localizeHref?: (href: string) => string): TextSpec {
  return { fixed: new Set(['kind', 'version', 'id', 'climate', 'href', 'source']), ...(localizeHref ? { localizeHref } : {}) };
}

/**
 * Returns the problems of the article numbers a text cites (`cited`, by where they are cited),
 * empty when each names an article of the charter (`existing`): « fin-de-trimestre : l’article 14
 * n’existe pas ».
 */
export function citedArticleProblems(cited: readonly { where: string; numbers: readonly number[] }[], existing: ReadonlySet<number>): string[] {
  return cited.flatMap(({ where, numbers }) => numbers.filter((n) => !existing.has(n)).map((n) => `${where} : l’article ${n} n’existe pas`));
}

/**
 * Returns the pages of charter `id` beyond its own: one per article (interactive: its share and
 * copy buttons run a page script) and one page per version (what changed, its commitments),
 * under the charter's address in each language.
 */
export function charterPages(id: CharterId, articles: readonly number[], versions: readonly string[]): AppPage[] {
  const english = (fr: string) => APP_ROUTES.find((pair) => pair.fr === fr)!.en;
  const root = CHARTERS[id].route;
  const history = versionsRoute(id);
  return [
    ...articles.map((n) => {
      const fr = articleRoute(n, id);
      return { fr, en: english(root) + fr.slice(root.length), interactive: true as const };
    }),
    ...versions.map((version) => {
      const fr = versionRoute(version, id);
      return { fr, en: english(history) + fr.slice(history.length) };
    }),
  ];
}
