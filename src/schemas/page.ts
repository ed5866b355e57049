import { z } from 'astro/zod';

/** A bibliographic reference, shown in a page's "Sources" section. */
export const sourceSchema = z
  .object({
    /** Author, institution or firm (« Gallup », « Victor, B. et Cullen, J. B. »). */
    author: z.string().min(1),
    /** Title of the study, article or book. */
    title: z.string().min(1),
    /** Year of publication. */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Journal, publisher or report series. */
    publisher: z.string().min(1).optional(),
    /** Public address of the reference, shown as text, never loaded. */
    url: z.url().optional(),
  })
  .strict();

/** The sections a content page may belong to (first URL segment). */
export const pageSections = ['guide', 'ethique', 'a-propos'] as const;

/** Front matter of a guide, ethics or about page (MDX under `content/pages/<lang>/`). */
export const pageSchema = z
  .object({
    /** Page title, used for `<h1>`, `<title>` and navigation. */
    title: z.string().min(3),
    /** Shorter label for menus and previous/next links; defaults to the title. */
    navTitle: z.string().min(2).optional(),
    /** One or two sentences for search engines and share previews (160 characters at most). */
    description: z.string().min(20).max(200),
    /** Section the page belongs to; must match its folder. */
    section: z.enum(pageSections),
    /** Position in the section's reading order (previous/next links). */
    order: z.number().int().min(0),
    /** References cited on the page. */
    sources: z.array(sourceSchema).default([]),
    /** Date the content was last checked by an editor (YYYY-MM-DD). */
    lastReviewed: z.coerce.date(),
    /** Short key points shown in a summary box at the top of long pages. */
    summary: z.array(z.string().min(10)).optional(),
    /**
     * Two or three concrete things to do this week, shown in a « Cette semaine » box at the top of
     * the page; every guide page has one (checked when its route is built).
     */
    thisWeek: z.array(z.string().min(10)).min(2).max(3).optional(),
    /** French routes of the toolkit pages (`/guide/outils/delegation/`) this page points to, shown as « Outils pour cette page ». */
    tools: z
      .array(z.string().regex(/^\/guide\/outils\/([a-z0-9-]+\/)?$/, 'Route française d’un outil attendue (/guide/outils/<outil>/)'))
      .min(1)
      .optional(),
    /** True for a form to print and fill by hand: printing keeps the title and the `<Sheet>` parts only. */
    form: z.boolean().default(false),
    /**
     * Address of the page inside its section when it differs from the file path (`customer-relationship`,
     * `tools/one-to-one` for `guide/outils/entretien-individuel.mdx`); not `slug`, which Astro's glob
     * loader would take as the entry id and so break the pairing.
     */
    segment: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/, 'Segment d’adresse attendu en minuscules et tirets (dossiers séparés par /)')
      .optional(),
    /** True for a page deliberately left without a twin in the other language. */
    untranslated: z.boolean().default(false),
    /** True for a page whose content a later piece of work owns; the page says so. */
    placeholder: z.boolean().default(false),
  })
  .strict();

export type PageInput = z.input<typeof pageSchema>;
export type PageData = z.output<typeof pageSchema>;
export type Source = z.output<typeof sourceSchema>;
