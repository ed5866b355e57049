/**
 * The publisher's facts for the built site (`content/site/editeur.yaml`). Astro side: reads the
 * entry once per build and prints one warning per fact still unknown, so that a build log always
 * says what the legal notice is missing.
 */
import { getEntry } from 'astro:content';
import type { Publisher } from '../schemas/publisher';
import { missingFactWarnings } from '../lib/publisher';
import { memo } from './memo';

/** The data file, as named in warnings and errors. */
export const PUBLISHER_FILE = 'content/site/editeur.yaml';

async function load(): Promise<Publisher> {
  const entry = await getEntry('site', 'editeur');
  if (!entry) throw new Error(`${PUBLISHER_FILE} manquant : la page des mentions légales et le lien « Signaler une erreur » en ont besoin`);
  const warnings = missingFactWarnings(entry.data, PUBLISHER_FILE);
  // One block on its own lines: Astro's progress lines do not end with a newline.
  if (warnings.length > 0) console.warn(`\n[mentions légales] ${warnings.length} information(s) à compléter :\n- ${warnings.join('\n- ')}`);
  return entry.data;
}

/** Returns the publisher's facts (read, and unknown ones reported, once per build). */
export const getPublisher = memo<void, Publisher>(load);
