/**
 * The routes of every page in both languages. Code and data always name a page by its French
 * route (`/charte/adopter/`); `RouteMap.localize` gives its address in the reader's language
 * (`/en/charter/adopt/`), and `RouteMap.pair` gives the twin of any page for the language switcher
 * and `hreflang` links. Pure: `routeTable` (`src/lib/route-table.ts`) adds to these the routes of
 * content entries, questionnaires and charter articles and versions, from the collections that
 * `getRouteMap` (`src/data/routes.ts`) reads at build time and the tests read from disk.
 */
import { LANGS, langPrefix, type Lang } from './locale';

/** The routes of one page, one per language. */
export type RoutePair = Readonly<Record<Lang, string>>;

/** A page written as an Astro route (not a content entry): its French and English routes. */
export interface AppPage extends RoutePair {
  /** The page runs JavaScript (an island or a page script): its script bytes and requests are budgeted. */
  interactive?: true;
}

/**
 * THE route table: every page written as an Astro route, by name. Code names a page by its French
 * route (`href(ROUTES.team)`), never by a literal; the English routes, the language switcher, the
 * `hreflang` pairs and the tests' page lists all come from here and from the collections
 * (`src/lib/route-table.ts` adds content pages, questionnaires and charter articles and versions).
 */
export const APP_PAGES = {
  home: { fr: '/', en: '/en/' },
  assessments: { fr: '/diagnostic/', en: '/en/assessment/' },
  methodology: { fr: '/diagnostic/methodologie/', en: '/en/assessment/methodology/' },
  team: { fr: '/diagnostic/equipe/', en: '/en/assessment/team/', interactive: true },
  charter: { fr: '/charte/', en: '/en/charter/', interactive: true },
  charterAdopt: { fr: '/charte/adopter/', en: '/en/charter/adopt/', interactive: true },
  charterBuyers: { fr: '/charte/acheteurs/', en: '/en/charter/buyers/' },
  charterVersions: { fr: '/charte/versions/', en: '/en/charter/versions/' },
  companies: { fr: '/charte/entreprises/', en: '/en/charter/companies/', interactive: true },
  companyVersions: { fr: '/charte/entreprises/versions/', en: '/en/charter/companies/versions/' },
  companyAdopt: { fr: '/charte/entreprises/adopter/', en: '/en/charter/companies/adopt/' },
  companyWorkshop: { fr: '/charte/entreprises/atelier/', en: '/en/charter/companies/workshop/' },
  search: { fr: '/recherche/', en: '/en/search/', interactive: true },
  pipelineCheck: { fr: '/guide/outils/pipeline/', en: '/en/guide/tools/pipeline/', interactive: true },
  guideBooklet: { fr: '/guide/livret/', en: '/en/guide/booklet/' },
  ethicsBooklet: { fr: '/ethique/livret/', en: '/en/ethics/booklet/' },
  badgeSvg: { fr: '/charte/badge.svg', en: '/en/charter/badge.svg' },
  badgePng: { fr: '/charte/badge.png', en: '/en/charter/badge.png' },
} as const satisfies Record<string, AppPage>;

/**
 * Content pages the code links to by name (their English twins come from pairing the content
 * collection; a route here that no content file has fails the build where it is localized).
 */
export const CONTENT_PAGES = {
  guide: '/guide/',
  emc4: '/guide/e-mc4/',
  engagement: '/guide/engagement/',
  about: '/a-propos/',
  licence: '/a-propos/#licence',
  privacy: '/a-propos/confidentialite/',
  legal: '/a-propos/mentions-legales/',
  legalReferences: '/a-propos/references-juridiques/',
  aboutMethodology: '/a-propos/methodologie/',
  toolkit: '/guide/outils/',
} as const;

/** French route of every named page: `ROUTES.team` is `/diagnostic/equipe/`. */
export const ROUTES = {
  ...(Object.fromEntries(Object.entries(APP_PAGES).map(([name, page]) => [name, page.fr])) as { [N in keyof typeof APP_PAGES]: (typeof APP_PAGES)[N]['fr'] }),
  ...CONTENT_PAGES,
};

/** Route pairs of the pages written as Astro routes. */
export const APP_ROUTES: readonly AppPage[] = Object.values(APP_PAGES);

/** Returns the French route of the questionnaire `id`'s page: `/diagnostic/engagement/`. */
export function instrumentRoute(id: string): string {
  return `${APP_PAGES.assessments.fr}${id}/`;
}

/** Returns the French route of the printable questionnaire `id`: `/diagnostic/engagement/papier/`. */
export function paperRoute(id: string): string {
  return `${instrumentRoute(id)}papier/`;
}

/** The pages of questionnaire `id` whose English address segment is `segment`: the questionnaire (interactive) and its paper version. */
export function instrumentPages(id: string, segment: string): AppPage[] {
  const en = `${APP_PAGES.assessments.en}${segment}/`;
  return [
    { fr: instrumentRoute(id), en, interactive: true },
    { fr: paperRoute(id), en: `${en}paper/` },
  ];
}

/**
 * The site's sections, in the order of the main navigation: the id is the French first URL segment
 * and the `section` value of content pages; `slugs` gives that segment in each language.
 */
export const SECTIONS = [
  { id: 'guide', slugs: { fr: 'guide', en: 'guide' } },
  { id: 'ethique', slugs: { fr: 'ethique', en: 'ethics' } },
  { id: 'diagnostic', slugs: { fr: 'diagnostic', en: 'assessment' } },
  { id: 'charte', slugs: { fr: 'charte', en: 'charter' } },
  { id: 'a-propos', slugs: { fr: 'a-propos', en: 'about' } },
] as const satisfies readonly { id: string; slugs: RoutePair }[];

export type SectionId = (typeof SECTIONS)[number]['id'];

/** Splits `/guide/e-mc4/#motivation` into its route and its fragment (with `#`, or ``). */
function splitFragment(href: string): [string, string] {
  const hash = href.indexOf('#');
  return hash === -1 ? [href, ''] : [href.slice(0, hash), href.slice(hash)];
}

export class RouteMap {
  readonly #byRoute = new Map<string, RoutePair>();

  /** Fails, naming the route, when two pages claim the same address. */
  constructor(pairs: Iterable<RoutePair>) {
    for (const pair of pairs) {
      for (const lang of LANGS) {
        const route = pair[lang];
        const taken = this.#byRoute.get(route);
        // A page without translation pairs with itself: one route for both languages.
        if (taken && taken !== pair) throw new Error(`Route « ${route} » attribuée deux fois (${taken.fr} et ${pair.fr})`);
        this.#byRoute.set(route, pair);
      }
    }
  }

  /** Every pair, once. */
  get pairs(): RoutePair[] {
    return [...new Set(this.#byRoute.values())];
  }

  /** The routes of the page at `route` (either language), or undefined for an unknown address. */
  pair(route: string): RoutePair | undefined {
    return this.#byRoute.get(splitFragment(route)[0]);
  }

  /**
   * Returns the address in `lang` of the page at `href` (a route in either language, with an
   * optional `#fragment`, kept as it is: anchors are the same in both languages). An unknown
   * route throws, naming it, so that a broken internal link in data fails the build.
   */
  localize(href: string, lang: Lang): string {
    const [route, fragment] = splitFragment(href);
    const pair = this.#byRoute.get(route);
    if (!pair) throw new Error(`Adresse interne inconnue « ${href} » : aucune page ne porte cette route`);
    return `${pair[lang]}${fragment}`;
  }
}

/** What pairing needs to know of a content entry (`content/pages/<lang>/<section>/<name>.mdx`). */
export interface ContentEntryRef {
  /** Collection id: `<lang>/<section>/<name>` (`fr/guide/relation-client`), `<lang>/<section>` for a section's index. */
  id: string;
  section: string;
  /** Last URL segment when it differs from the file name (`customer-relationship`). */
  segment?: string | undefined;
  /** Marked as having no twin in the other language, on purpose. */
  untranslated?: boolean | undefined;
}

/** A content entry placed: its language, the id it shares with its twin, and its route. */
export interface PlacedEntry {
  lang: Lang;
  /** Path shared by the two languages' files (`guide/relation-client`). */
  key: string;
  route: string;
}

/** Returns the language, pairing key and route of a content entry; throws, naming the file, when misplaced. */
export function placeEntry(entry: ContentEntryRef): PlacedEntry {
  // Astro's glob loader drops a trailing `/index` from ids: `fr/guide` is content/pages/fr/guide/index.mdx.
  const [lang, folder, ...names] = entry.id.split('/');
  // A two-part id is a section index; a misplaced file (`content/pages/guide/x.mdx`) has one too.
  const file = names.length === 0 ? `content/pages/${entry.id}/index.mdx (ou ${entry.id}.mdx)` : `content/pages/${entry.id}.mdx`;
  if (!(LANGS as readonly string[]).includes(lang ?? '') || !folder) {
    throw new Error(`${file} : fichier attendu sous content/pages/<langue>/<section>/ (langues : ${LANGS.join(', ')})`);
  }
  if (folder !== entry.section) {
    throw new Error(`${file} : le champ « section » vaut « ${entry.section} » mais le fichier est rangé dans « ${folder} »`);
  }
  const slugs = SECTIONS.find((s) => s.id === entry.section)?.slugs;
  if (!slugs) throw new Error(`${file} : section inconnue « ${entry.section} »`);
  const name = names.join('/');
  const last = name === '' || name === 'index' ? '' : `${entry.segment ?? name}/`;
  return { lang: lang as Lang, key: [folder, ...names].join('/'), route: `${langPrefix(lang as Lang)}/${slugs[lang as Lang]}/${last}` };
}

/**
 * Pairs content entries across languages by their shared path and returns the route pairs.
 * Throws, naming every entry concerned, when an entry has no twin in another language and is
 * not marked `untranslated: true`; a page so marked pairs with itself (same route in both).
 */
export function pairContentEntries(entries: readonly ContentEntryRef[]): RoutePair[] {
  const byKey = new Map<string, Partial<Record<Lang, PlacedEntry>>>();
  const untranslated = new Set<string>();
  for (const entry of entries) {
    const placed = placeEntry(entry);
    const twins = byKey.get(placed.key) ?? {};
    twins[placed.lang] = placed;
    byKey.set(placed.key, twins);
    if (entry.untranslated) untranslated.add(entry.id);
  }
  const pairs: RoutePair[] = [];
  const missing: string[] = [];
  for (const [key, twins] of byKey) {
    const absent = LANGS.filter((lang) => !twins[lang]);
    if (absent.length === 0) {
      pairs.push({ fr: twins.fr!.route, en: twins.en!.route });
      continue;
    }
    const present = LANGS.flatMap((lang) => (twins[lang] ? [twins[lang]] : []));
    if (present.length === 1 && untranslated.has(`${present[0]!.lang}/${key}`)) {
      // Marked untranslated: links to it from the other language lead to it, in its own language.
      pairs.push({ fr: present[0]!.route, en: present[0]!.route });
      continue;
    }
    for (const lang of LANGS) {
      if (twins[lang] && !untranslated.has(`${lang}/${key}`)) {
        missing.push(`content/pages/${lang}/${key}${key.includes('/') ? '' : '/index'}.mdx n’a pas de version ${absent.join(', ')} (créez content/pages/${absent[0]}/${key}${key.includes('/') ? '' : '/index'}.mdx ou indiquez « untranslated: true »)`);
      }
    }
  }
  if (missing.length > 0) throw new Error(`Pages sans traduction :\n- ${missing.join('\n- ')}`);
  return pairs;
}
