/**
 * Every HTML page of the site in both languages, with the view that renders it: each page type has
 * one route file, `src/pages/[...<view>].astro`, whose `getStaticPaths` (`pagesOf`) yields its pages
 * in both languages, as Starlight serves every locale from one route. One file per view rather
 * than one for all: Astro bundles the styles of every component a route imports into each of its
 * pages, so a single route would put every view's CSS on every page. The addresses come from the
 * route table (`src/lib/routes.ts`) and the collections; a page type never exists twice as a file.
 */
import { getCharter } from '../data/charter';
import { getTranslator } from '../data/dictionaries';
import { getInstruments, getRegistry } from '../data/instruments';
import { getPages } from '../data/pages';
import { getRouteMap } from '../data/routes';
import { articleAnchor, CHARTER_IDS, CHARTERS, charterRoute, type CharterId } from '../lib/charter';
import { LANGS, type Lang } from '../lib/locale';
import { APP_PAGES, instrumentRoute, paperRoute } from '../lib/routes';
import type { ComponentProps } from 'astro/types';
import type { BadgeText } from '../components/charter/badge';
// Types only: importing the views here would bundle all of them into every route.
import type { VIEWS, ViewName } from './registry';

/** The props of view `V`. */
type ViewProps<V extends ViewName> = ComponentProps<(typeof VIEWS)[V]>;

/** One page: its address (the route without its outer slashes; none for `/`), its view and that view's props. */
export type PagePath = { [V in ViewName]: { path: string | undefined; view: V; props: ViewProps<V> } }[ViewName];

/** The app pages that are HTML pages (the badges are files, served by their own endpoints). */
type HtmlAppPage = Exclude<keyof typeof APP_PAGES, 'badgeSvg' | 'badgePng'>;

/** The view and props of each HTML app page: a page added to the table without a view fails type checking. */
const APP_VIEWS: Record<HtmlAppPage, { [V in ViewName]: [V, ViewProps<V>?] }[ViewName]> = {
  home: ['home'],
  assessments: ['assessments'],
  methodology: ['methodology'],
  team: ['team'],
  charter: ['charter', { charter: 'salesperson' }],
  charterAdopt: ['charterAdopt'],
  charterBuyers: ['charterBuyers'],
  charterVersions: ['charterVersions', { charter: 'salesperson' }],
  companies: ['charter', { charter: 'company' }],
  companyVersions: ['charterVersions', { charter: 'company' }],
  companyAdopt: ['companyAdopt'],
  companyWorkshop: ['companyWorkshop'],
  pipelineCheck: ['pipelineCheck'],
  search: ['search'],
  guideBooklet: ['booklet', { section: 'guide' }],
  ethicsBooklet: ['booklet', { section: 'ethique' }],
};

/** Returns the `[...path]` parameter of a route: `/en/charter/` → `en/charter`, `/` → undefined. */
export function pathParam(route: string): string | undefined {
  return route.replace(/^\/+|\/+$/g, '') || undefined;
}

/** One page entry. */
function page<V extends ViewName>(route: string, view: V, props: ViewProps<V>): PagePath {
  return { path: pathParam(route), view, props } as PagePath;
}

/** Content pages (MDX) of `lang`. */
async function contentPages(lang: Lang): Promise<PagePath[]> {
  const pages = await getPages(lang);
  const titles = new Map(pages.map((p) => [p.id, p.title]));
  return pages.map((p) => page(p.own, 'content', { entry: p.entry, page: p.data, route: p.id, titles, prev: p.prev, next: p.next }));
}

/** Article pages and « what changed » pages of charter `id` in `lang`. */
async function charterPages(lang: Lang, id: CharterId): Promise<PagePath[]> {
  const [charter, routes] = await Promise.all([getCharter(lang, id), getRouteMap()]);
  const base = routes.localize(charterRoute(id), lang);
  const versions = routes.localize(CHARTERS[id].versions, lang);
  return [
    ...charter.articles.map((article, index) => page(`${base}${articleAnchor(article.number)}/`, 'charterArticle', { index, charter: id })),
    // Every version has its page: what changed, and the commitments as they read in it.
    ...charter.changelog.map((entry, index) => page(`${versions}${entry.version.replace('.', '-')}/`, 'charterVersionChanges', { index, charter: id })),
  ];
}

/** Questionnaire pages and their paper versions in `lang`. */
async function assessmentPages(lang: Lang): Promise<PagePath[]> {
  const [instruments, registry, routes] = await Promise.all([getInstruments(lang), getRegistry(lang), getRouteMap()]);
  return instruments.flatMap((instrument) => [
    page(routes.localize(instrumentRoute(instrument.id), lang), 'assessment', { instrument, registry }),
    page(routes.localize(paperRoute(instrument.id), lang), 'assessmentPaper', { instrument }),
  ]);
}

/** Returns every HTML page of the site (but the 404 page), in every language. */
export async function pagePaths(): Promise<PagePath[]> {
  const perLang = await Promise.all(
    LANGS.map(async (lang) => [
      ...Object.entries(APP_VIEWS).map(([name, [view, props]]) => page(APP_PAGES[name as HtmlAppPage][lang], view, props ?? {})),
      ...(await contentPages(lang)),
      ...(await assessmentPages(lang)),
      ...(await Promise.all(CHARTER_IDS.map((id) => charterPages(lang, id)))).flat(),
    ]),
  );
  return perLang.flat();
}

/**
 * Returns the `[...charter]` parameters of the badge file `name` (`badge.svg`) in every language,
 * with what the badge says there: the salespeople's charter version a signatory adopts.
 */
export function badgePaths(name: 'badgeSvg' | 'badgePng'): Promise<{ params: { charter: string | undefined }; props: { badge: BadgeText } }[]> {
  return Promise.all(
    LANGS.map(async (lang) => {
      const [t, { version }] = await Promise.all([getTranslator(lang), getCharter(lang, 'salesperson')]);
      const badge: BadgeText = { lines: [t('charter.badge.line1'), t('charter.badge.line2'), t('charter.badge.line3', { version })], alt: t('charter.badge.alt', { version }) };
      return { params: { charter: pathParam(APP_PAGES[name][lang].replace(/[^/]+$/, '')) }, props: { badge } };
    }),
  );
}


/** Returns `getStaticPaths` of the route `src/pages/[...<view>].astro`: the pages `view` renders, in both languages. */
export async function pagesOf<V extends ViewName>(view: V) {
  const pages = (await pagePaths()).filter((p): p is Extract<PagePath, { view: V }> => p.view === view);
  return pages.map((p) => ({ params: { [view]: p.path } as Record<V, string | undefined>, props: p.props as ViewProps<V> }));
}
