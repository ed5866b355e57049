/**
 * What every page and component needs to speak the reader's language, computed once per page by
 * the middleware (`src/middleware.ts`) and read as `Astro.locals`.
 */
import { breadcrumbs, type Crumb } from '../lib/navigation';
import { translator, type T } from '../lib/i18n';
import { LOCALES, toLang, type Lang, type LocaleInfo } from '../lib/locale';
import { SECTIONS, type RouteMap } from '../lib/routes';
import { typesetter, type Typeset } from '../lib/typography';
import { getDictionary } from './dictionaries';
import { stripBase, url } from './base-path';
import { getRouteMap } from './routes';

export interface PageContext {
  lang: Lang;
  t: T;
  /** `Intl` locale, `<html lang>` and Open Graph values of the language. */
  info: LocaleInfo;
  typeset: Typeset;
  routes: RouteMap;
  /** French route of the page being rendered (`/charte/adopter/`), undefined for a page outside the route map (404). */
  route: string | undefined;
  /** Site-relative address of the page at French route `route`, in the reader's language (no base). */
  localize: (route: string) => string;
  /** Address of the page at French route `route`, in the reader's language, base path included. */
  href: (route: string) => string;
  /**
   * Breadcrumb trail of the page being rendered: home, its section, the ancestors named in `titles`
   * (keyed by French route), then the page itself, labelled `title`; links in the reader's language,
   * labels typeset.
   */
  crumbs: (title?: string, titles?: Iterable<readonly [string, string]>) => Crumb[];
}

/** Returns the context of the page at `pathname` (base path included) rendered in `locale`. */
export async function pageContext(locale: string | undefined, pathname: string): Promise<PageContext> {
  const lang = toLang(locale);
  const [dictionary, routes] = await Promise.all([getDictionary(lang), getRouteMap()]);
  const t = translator(dictionary, lang);
  const current = routes.pair(stripBase(pathname))?.fr;
  const localizeKnown = (route: string) => (routes.pair(route) ? routes.localize(route, lang) : route);
  return {
    lang,
    t,
    info: LOCALES[lang],
    typeset: typesetter(lang),
    routes,
    route: current,
    localize: (route) => routes.localize(route, lang),
    href: (route) => url(routes.localize(route, lang)),
    crumbs: (title, titles = []) => {
      const typeset = typesetter(lang);
      if (current === undefined) throw new Error(`Fil d’Ariane demandé pour « ${pathname} », absent du plan des routes`);
      const labels = new Map<string, string>([...SECTIONS.map((s) => [`/${s.id}/`, t(`nav.section.${s.id}`)] as const), ...titles]);
      if (title !== undefined) labels.set(current, title);
      return breadcrumbs(current, labels, t('nav.home')).map((crumb) => ({ label: typeset(crumb.label), href: localizeKnown(crumb.href) }));
    },
  };
}
