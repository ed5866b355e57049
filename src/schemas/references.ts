import { z } from 'astro/zod';

/**
 * The site's legal references (`content/site/references.yaml`): every law, regulation, decision or
 * guidance that a charter or guide text relies on, once, with its official source and the date it
 * was last checked. Charter articles name a reference by `id`; the « Références juridiques » page
 * lists them all; tests/unit/references.test.ts fails when a text cites an article missing here
 * or when a check is more than a year old.
 */

/** A text in both languages of the site. */
const bilingual = z.object({ fr: z.string().trim().min(3), en: z.string().trim().min(3) }).strict();

/** The official publishers a source address may point to. */
export const OFFICIAL_HOSTS = ['www.legifrance.gouv.fr', 'eur-lex.europa.eu', 'www.cnil.fr', 'www.courdecassation.fr'] as const;

/** One legal reference. */
export const legalReferenceSchema = z
  .object({
    /** Stable id, used by the charters (`source: conso-l221-3`). */
    id: z.string().regex(/^[a-z0-9-]+$/, 'Identifiant en minuscules, chiffres et tirets'),
    /** How a reader cites it, in each language (« Code de la consommation, art. L. 221-3 »). */
    label: bilingual,
    /**
     * The citation tokens this reference covers, as texts write them: articles (`L. 221-3`, `1143`),
     * case numbers (`22-22.709`), laws (`2022-401`), decisions (`SAN-2024-020`), EU acts (`2024/1689`).
     */
    cites: z.array(z.string().min(1)).min(1),
    /** Date of the text or decision (YYYY-MM-DD), when it has one. */
    date: z.coerce.date().optional(),
    /** Official source: Légifrance, EUR-Lex, CNIL or Cour de cassation. */
    url: z.url().refine((u) => (OFFICIAL_HOSTS as readonly string[]).includes(new URL(u).host), 'Source officielle attendue (Légifrance, EUR-Lex, CNIL, Cour de cassation)'),
    /** Date its statement on the site was last checked against the source; `null`: never checked, a lawyer must confirm. */
    checked: z.coerce.date().nullable(),
    /** True when a lawyer must still confirm what the site says of it. */
    lawyer: z.boolean().default(false),
    /** What it supports on the site, in each language. */
    supports: bilingual,
  })
  .strict()
  .refine((r) => r.checked !== null || r.lawyer, { message: 'Une référence jamais vérifiée doit porter « lawyer: true »', path: ['lawyer'] });

/** The references file. */
export const referencesSchema = z
  .object({
    references: z.array(legalReferenceSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.references.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['references', i, 'id'], message: `Identifiant ${r.id} utilisé deux fois` });
      seen.add(r.id);
    });
  });

export type LegalReference = z.output<typeof legalReferenceSchema>;
export type References = z.output<typeof referencesSchema>;
