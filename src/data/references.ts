/**
 * The legal references (`content/site/references.yaml`), read once per build, by id.
 */
import { getEntry } from 'astro:content';
import type { LegalReference } from '../schemas/references';
import { memo } from './memo';

/** The data file, as named in errors. */
export const REFERENCES_FILE = 'content/site/references.yaml';

async function load(): Promise<Map<string, LegalReference>> {
  const entry = await getEntry('references', 'references');
  if (!entry) throw new Error(`${REFERENCES_FILE} manquant : les chartes et la page des références juridiques en ont besoin`);
  return new Map(entry.data.references.map((r) => [r.id, r]));
}

/** Returns the legal references by id, in the file's order. */
export const getReferences = memo<void, Map<string, LegalReference>>(load);
