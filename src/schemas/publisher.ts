import { z } from 'astro/zod';

/** A fact that may not be known yet: `null` (or left out) means « à compléter », never a guess. */
function pending<T extends z.ZodType>(known: T) {
  return known.nullable().default(null);
}

/** A non-empty line of text. */
const text = z.string().trim().min(1);

/**
 * Who publishes the site (`content/site/editeur.yaml`): the facts of the legal notice and the
 * contact address, those French law (loi n° 2004-575, art. 6) asks of a legal person publishing a
 * site: name, registered office, telephone, e-mail address, registration number, director of
 * publication, and the host's name, address and telephone. Every fact is optional so that an unknown one is shown as such and listed by
 * the build; a fact of the wrong shape (a number, a malformed address, an unknown key) fails it.
 */
export const publisherSchema = z
  .object({
    /** The publishing body. */
    publisher: z
      .object({
        /** Its name (« EFFORST »). */
        name: pending(text),
        /** Its legal form; labels in the UI dictionaries (`legal.form.<value>`). */
        form: pending(z.enum(['association'])),
        /** Registered office, one line. */
        address: pending(text),
        /** Registration number (RNA or SIREN), as written on official records. */
        registration: pending(text),
        /** Telephone number, which the law asks of a legal person publishing a site (LCEN, art. 6). */
        phone: pending(text),
      })
      .strict(),
    /** Director of publication: a person's name. */
    director: pending(text),
    /** Company hosting the built files. */
    host: z
      .object({
        name: pending(text),
        address: pending(text),
        phone: pending(text),
      })
      .strict(),
    /** How to reach the publisher. */
    contact: z
      .object({
        /** Address that receives corrections and questions (the « Signaler une erreur » link). */
        email: pending(z.email()),
      })
      .strict(),
  })
  .strict();

export type PublisherInput = z.input<typeof publisherSchema>;
export type Publisher = z.output<typeof publisherSchema>;
