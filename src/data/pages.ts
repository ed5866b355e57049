/**
 * The content pages (`content/pages/<lang>/…`) of one language with their place in the site: own
 * address, French route (the key navigation and breadcrumbs work on), navigation title, and the
 * previous and next pages of their section. Read and checked once per build and language; the
 * texts of their front matter typeset here (the MDX body is typeset by src/markdown/rehype-site.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../lib/locale';
import { prevNext } from '../lib/navigation';
import { placeEntry } from '../lib/routes';
import { getRouteMap } from './routes';
import { memo } from './memo';
import { getPublisher } from './publisher';
import { getReadiness } from './readiness';
import { getInstruments, getKeying, type KeyingVersions } from './instruments';
import { getShownReferences, type ShownReference } from './references';
import { getShownGlossary, type ShownGlossary } from './glossary';
import type { Publisher } from '../schemas/publisher';
import type { Readiness } from '../schemas/readiness';
import type { Instrument } from '../schemas/instrument';
import type { PageData } from '../schemas/page';
import { typesetter } from '../lib/typography';

/** A link to a neighbouring page: its own address (no base path) and navigation title. */
export interface PageLink {
  href: string;
  label: string;
}

/** A content page placed in the site. */
export interface PlacedPage {
  /** French route: the key of navigation, breadcrumbs and translations (`/guide/e-mc4/`). */
  id: string;
  /** The page's own site-relative address (`/en/guide/e-mc4/`), without base path. */
  own: string;
  entry: CollectionEntry<'pages'>;
  /** The entry's front matter, its texts typeset (`typesetPage`). */
  data: PageData;
  /** Navigation title: `navTitle`, or the title (typeset). */
  title: string;
  section: string;
  order: number;
  prev: PageLink | undefined;
  next: PageLink | undefined;
}

/** The front matter's texts a page shows (title, description, boxes, sources), in `lang`'s typography. */
type PageTexts = Pick<PageData, 'title' | 'description' | 'summary' | 'sources'> & Partial<Pick<PageData, 'navTitle' | 'thisWeek'>>;

/** Returns `data` with the texts a page shows typeset in `lang` (French spacing, English quotes); structure kept. */
export function typesetPage<D extends PageTexts>(data: D, lang: Lang): D {
  const typeset = typesetter(lang);
  const list = (items: string[] | undefined) => items?.map(typeset);
  return {
    ...data,
    title: typeset(data.title),
    description: typeset(data.description),
    ...(data.navTitle === undefined ? {} : { navTitle: typeset(data.navTitle) }),
    ...(data.summary === undefined ? {} : { summary: list(data.summary) }),
    ...(data.thisWeek === undefined ? {} : { thisWeek: list(data.thisWeek) }),
    sources: data.sources.map((source) => ({
      ...source,
      author: typeset(source.author),
      title: typeset(source.title),
      ...(source.publisher === undefined ? {} : { publisher: typeset(source.publisher) }),
    })),
  };
}

/**
 * Returns the content pages of `lang` in collection order, each placed and linked to its
 * neighbours. A guide page without « thisWeek » fails the build, naming its file.
 */
export const getPages = memo(async (lang: Lang): Promise<PlacedPage[]> => {
  const routes = await getRouteMap();
  const entries = await getCollection('pages', (e) => e.id.startsWith(`${lang}/`));
  for (const entry of entries) {
    if (entry.data.section === 'guide' && !entry.data.thisWeek) {
      throw new Error(`content/pages/${entry.id}.mdx : le champ « thisWeek » (deux ou trois choses à faire cette semaine) est obligatoire pour une page du guide`);
    }
  }
  // Navigation works on French routes (section ids, order); links point at the pages' own addresses.
  const nav = entries.map((entry) => {
    const own = placeEntry({ id: entry.id, section: entry.data.section, segment: entry.data.segment }).route;
    const data = typesetPage(entry.data, lang);
    return { id: routes.pair(own)?.fr ?? own, own, entry, data, title: data.navTitle ?? data.title, section: data.section, order: data.order };
  });
  const link = (p: (typeof nav)[number] | undefined) => (p ? { href: p.own, label: p.title } : undefined);
  return nav.map((page) => {
    const { prev, next } = prevNext(nav, page.id);
    return { ...page, prev: link(prev), next: link(next) };
  });
});

/**
 * What the components written in a content page's MDX show (the legal facts, the flow and climate
 * diagrams, the glossary's terms, the legal references, the methodology's bands and keying tables), in `lang`: the page's view passes it to `<Content {...props} />`
 * and the MDX hands each component its part (`props.publisher`…), so no component loads data.
 */
export async function getContentProps(lang: Lang): Promise<{ publisher: Publisher; readiness: Readiness; instruments: Instrument[]; keying: KeyingVersions[]; references: ShownReference[]; glossary: ShownGlossary }> {
  const [publisher, readiness, instruments, keying, references, glossary] = await Promise.all([
    getPublisher(),
    getReadiness(lang),
    getInstruments(lang),
    getKeying(lang),
    getShownReferences(lang),
    getShownGlossary(lang),
  ]);
  return { publisher, readiness, instruments, keying, references, glossary };
}
