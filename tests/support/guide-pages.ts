/**
 * The guide pages of both languages as the tests know them: their MDX file, address and front
 * matter, read from content/pages/ (tests/support/content-pages.ts) and placed by the site's own
 * route rules. Used by the toolkit's browser tests and its file check.
 */
import { PAGES_DIR, frontMatter, pageFiles } from './content-pages';
import { placeEntry } from '../../src/lib/routes';
import type { PageData } from '../../src/schemas/page';

export interface GuidePage {
  lang: 'fr' | 'en';
  file: string;
  /** Site-relative address without the leading slash (`guide/outils/`). */
  path: string;
  data: PageData;
}

/** Every MDX page under content/pages/<lang>/guide/, both languages. */
export const guidePages: GuidePage[] = (['fr', 'en'] as const).flatMap((lang) =>
  pageFiles(lang)
    .filter((file) => file.startsWith('guide/'))
    .map((file) => {
      const data = frontMatter(`${PAGES_DIR}/${lang}/${file}`);
      const id = `${lang}/${file.replace(/\.mdx$/, '')}`.replace(/\/index$/, '');
      const route = placeEntry({ id, section: data.section, segment: data.segment }).route;
      return { lang, file, path: route.slice(1), data };
    }),
);
/** The toolkit's sheets: guide/outils/ pages with a form to fill in. */
export const tools = guidePages.filter((p) => p.file.startsWith('guide/outils/') && p.data.form);

