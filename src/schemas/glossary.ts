/**
 * The glossary file (`content/glossary/<lang>.json`): its schema and the validation that names the
 * file, the field or the term at fault. Read by `loadGlossary` (`src/markdown/glossary.ts`).
 */
import { z } from 'astro/zod';

/** Inline markup allowed in a full definition: links `[text](/route/#anchor)` and emphasis `*text*`. */
export const INLINE_MARKUP = /\[([^\]]+)\]\(([^)\s]+)\)|\*([^*]+)\*/g;

export const glossarySchema = z
  .object({
    /** Route of the glossary page in this language. */
    page: z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'Route attendue, par exemple « /guide/glossaire/ »'),
    /** The terms, in the order of the glossary page (alphabetical in its language). */
    terms: z
      .array(
        z
          .object({
            /** Anchor of the term in the glossary page, the same in both languages. */
            id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Ancre attendue en minuscules et tirets'),
            /** The term as the glossary page titles it. */
            term: z.string().min(2),
            /** Spellings that count as a use of the term (case ignored), singular and plural. */
            forms: z.array(z.string().min(2)).min(1),
            /** The definition shown in place: one or two short sentences. */
            short: z.string().min(20).max(170, 'Définition courte de 170 caractères au plus (elle s’ouvre dans le texte)'),
            /** The full definition of the glossary page. */
            text: z
              .string()
              .min(40)
              .refine((text) => [...text.matchAll(INLINE_MARKUP)].every((m) => m[2] === undefined || /^(\/|#|https:\/\/)/.test(m[2])), 'Lien attendu vers une route du site (/…), une ancre (#…) ou une adresse https'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type Glossary = z.output<typeof glossarySchema>;
export type GlossaryTerm = Glossary['terms'][number];

/** Validates glossary data read from `file`; throws an error naming the file, the field or the term. Pure. */
export function parseGlossary(data: unknown, file: string): Glossary {
  const parsed = glossarySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file} : ${issue.path.join('.') || '(racine)'} : ${issue.message}`);
  }
  const ids = parsed.data.terms.map((t) => t.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`${file} : le terme « ${twice} » est défini deux fois`);
  return parsed.data;
}

