import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page';
import { uiSchema } from './schemas/ui';

/** Guide, ethics and about pages: MDX under `content/pages/`, id = path without extension. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

/**
 * UI strings: flat dictionaries in `content/i18n/<lang>/<area>.json` (id `fr/site`, `fr/diagnostic`…),
 * merged per language by `useTranslations`; one file per area keeps unrelated strings apart.
 */
const ui = defineCollection({
  loader: glob({ pattern: '*/*.json', base: './content/i18n' }),
  schema: uiSchema,
});

export const collections = { pages, ui };
