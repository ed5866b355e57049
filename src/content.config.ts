import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page';
import { uiSchema } from './schemas/ui';
import { charterCollectionSchema } from './schemas/charter';
import { readinessSchema } from './schemas/readiness';
import { instrumentSchema } from './schemas/instrument';
import { instrumentTextSchema } from './schemas/instrument-text';
import { readinessTextSchema } from './schemas/readiness';
import { publisherSchema } from './schemas/publisher';

/**
 * Guide, ethics and about pages: MDX under `content/pages/<lang>/<section>/`, id = path without
 * extension (`fr/guide/e-mc4`). The two languages' files share their path after the language
 * folder; `pairContentEntries` pairs them and fails the build on a page without its twin.
 */
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
 * The ethics charter as data, one folder per language: `content/charte/<lang>/charte.yaml`
 * (preamble, articles, changelog) and `content/charte/<lang>/acheteurs.yaml` (page for buyers),
 * told apart by their `kind` field. French is the reference text; `getCharter` and `getBuyersPage`
 * (src/components/charter/load.ts) cross-check the English one against it.
 */
const charter = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/charte' }),
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

/**
 * Questionnaire texts in another language: `content/diagnostics/<lang>/<id>.json`, keyed by the
 * ids of the reference file; `mergeInstrumentText` lays them over it.
 */
const instrumentTexts = defineCollection({
  loader: glob({ pattern: '*/*.json', base: './content/diagnostics' }),
  schema: instrumentTextSchema,
});

/** Rules of the team page's enablement-readiness synthesis (`content/readiness/regles.yaml`). */
const readiness = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/readiness' }),
  schema: readinessSchema,
});

/** Texts of the readiness rules in another language (`content/readiness/<lang>/regles.yaml`), keyed by rule id. */
const readinessTexts = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/readiness' }),
  schema: readinessTextSchema,
});

/**
 * Facts about the site itself: `content/site/editeur.yaml` (publisher, director of publication,
 * host, contact), read by `getPublisher` (src/lib/site-publisher.ts), which lists unknown facts.
 */
const site = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/site' }),
  schema: publisherSchema,
});

export const collections = { pages, ui, charter, instruments, instrumentTexts, readiness, readinessTexts, site };
