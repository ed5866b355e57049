import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page';
import { uiSchema } from './schemas/ui';

/** Guide, ethics and about pages: MDX under `content/pages/`, id = path without extension. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

/** UI strings, one flat dictionary per language (`content/i18n/fr.json`). */
const ui = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/i18n' }),
  schema: uiSchema,
});

export const collections = { pages, ui };
