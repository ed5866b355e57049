import { z } from 'astro/zod';

/**
 * The texts of a questionnaire in another language (`content/diagnostics/<lang>/<id>.json`): only
 * what a reader reads, keyed by the ids of the reference file (`content/diagnostics/<id>.json`),
 * which alone holds the structure (codes, versions, reverse flags, bands, links). `mergeInstrumentText`
 * lays these texts over the reference and reports any id or list that does not match it.
 */

const bandText = z
  .object({
    label: z.string().min(2).max(40),
    interpretation: z.string().min(20),
    actions: z.array(z.string().min(10)).min(2).max(3),
  })
  .strict();

const dimensionText = z
  .object({
    name: z.string().min(2).max(60),
    shortName: z.string().min(2).max(18),
    description: z.string().min(20),
    /** Same number and order as the reference's bands. */
    bands: z.array(bandText).min(2),
  })
  .strict();

const itemText = z
  .object({
    text: z.string().min(15).max(220),
    /** Present exactly when the reference item has a label. */
    label: z.string().min(2).max(60).optional(),
  })
  .strict();

export const instrumentTextSchema = z
  .object({
    /** Last segment of the page's address in this language (`ethical-climate`); not `slug`, which Astro's loader takes as the entry id. */
    segment: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(5),
    shortTitle: z.string().min(3).max(40),
    description: z.string().min(20).max(200),
    intro: z.array(z.string().min(20)).min(1),
    audience: z.string().min(10),
    scale: z
      .object({
        labels: z.tuple([z.string().min(2), z.string().min(2), z.string().min(2), z.string().min(2), z.string().min(2)]),
        dontKnow: z.string().min(2),
        /** Present exactly when the reference scale has it. */
        notApplicable: z.string().min(2).optional(),
      })
      .strict(),
    results: z
      .object({
        highest: z.string().min(2),
        lowest: z.string().min(2),
        /** Only for a profile instrument. */
        noIndex: z.string().min(20).optional(),
        risk: z.object({ message: z.string().min(20) }).strict().optional(),
      })
      .strict(),
    /** One entry per dimension id of the reference. */
    dimensions: z.record(z.string(), dimensionText),
    /** One entry per item id of the reference. */
    items: z.record(z.string(), itemText),
  })
  .strict();

export type InstrumentText = z.output<typeof instrumentTextSchema>;
