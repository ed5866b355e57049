import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page';
import { uiSchema } from './schemas/ui';
import { charterCollectionSchema } from './schemas/charter';
import { readinessSchema } from './schemas/readiness';
import { instrumentSchema } from './schemas/instrument';

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

/**
 * The ethics charter as data: `content/charte/charte.yaml` (preamble, articles, changelog) and
 * `content/charte/acheteurs.yaml` (page for buyers), told apart by their `kind` field.
 */
const charter = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/charte' }),
  schema: charterCollectionSchema,
});

/**
 * Self-assessment questionnaires: `content/diagnostics/<id>.json`, id = file name = URL segment
 * (`/diagnostic/<id>/`). The schema cross-checks items, dimensions and bands.
 */
const instruments = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/diagnostics' }),
  schema: instrumentSchema,
});

/** Rules of the team page's enablement-readiness synthesis (`content/readiness/regles.yaml`). */
const readiness = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/readiness' }),
  schema: readinessSchema,
});

export const collections = { pages, ui, charter, instruments, readiness };
