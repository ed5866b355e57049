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
import { referencesSchema } from './schemas/references';

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
 * merged per language by `getDictionary` (src/data/dictionaries.ts); one file per area keeps
 * unrelated strings apart.
 */
const ui = defineCollection({
  loader: glob({ pattern: '*/*.json', base: './content/i18n' }),
  schema: uiSchema,
});

/**
 * The two ethics charters and their companion pages as data, one folder per language:
 * `charte.yaml` (the salesperson's charter: preamble, articles, changelog), `entreprises.yaml`
 * (the companies' charter, same shape), `acheteurs.yaml` (page for buyers) and
 * `kit-entreprises.yaml` (companies' adoption kit: committee document, workshop cards), told apart
 * by their `kind` field. French is the reference text; the loader in src/data/charter.ts
 * cross-checks the English files against it.
 */
const charter = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: './content/charte' }),
  schema: charterCollectionSchema,
});

/**
 * Self-assessment questionnaires: `content/diagnostics/<id>.json`, id = file name = French URL
 * segment (`/diagnostic/<id>/`; the English one is the `segment` of its English texts). The schema
 * cross-checks items, dimensions and bands. Read outside the collections: the archived versions
 * (`content/diagnostics/archive/v<n>/`, src/lib/instrument-archive.ts), the methodology MDX
 * (imported by its view), and the glossary (`content/glossary/`, read from disk and validated by
 * src/markdown/glossary.ts for the Markdown step and the glossary page).
 */
const instruments = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/diagnostics' }),
  schema: instrumentSchema,
});

/**
 * Questionnaire texts in another language: `content/diagnostics/<lang>/<id>.json`, keyed by the
 * ids of the reference file; `mergeInstrumentText` (src/lib/instrument-text.ts) lays them over it.
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
 * host, contact), read by `getPublisher` (src/data/publisher.ts), which lists unknown facts.
 */
const site = defineCollection({
  loader: glob({ pattern: 'editeur.yaml', base: './content/site' }),
  schema: publisherSchema,
});

/**
 * The legal references every charter and guide text relies on: `content/site/references.yaml`
 * (official source, check date, what each supports), read by `getReferences` (src/data/references.ts).
 */
const references = defineCollection({
  loader: glob({ pattern: 'references.yaml', base: './content/site' }),
  schema: referencesSchema,
});

export const collections = { pages, ui, charter, instruments, instrumentTexts, readiness, readinessTexts, site, references };
