/**
 * The legal references (`content/site/references.yaml`), read once per build, by id; and, for the
 * « Références juridiques » page, in one language with its typography applied.
 */
import { getEntry } from 'astro:content';
import type { LegalReference } from '../schemas/references';
import { bindLegalReference } from '../lib/charter';
import type { Lang } from '../lib/locale';
import { typesetter } from '../lib/typography';
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

/** A legal reference as the « Références juridiques » page shows it, in one language. */
export interface ShownReference extends Omit<LegalReference, 'label' | 'supports'> {
  /** How it is cited, typeset, no line ending on « art. » or « L. ». */
  label: string;
  /** What it supports on the site, typeset. */
  supports: string;
}

/** Returns every legal reference in `lang`, in the file's order, its texts typeset (once per build and language). */
export const getShownReferences = memo(async (lang: Lang): Promise<ShownReference[]> => {
  const typeset = typesetter(lang);
  return [...(await getReferences()).values()].map((r) => ({ ...r, label: typeset(bindLegalReference(r.label[lang])), supports: typeset(r.supports[lang]) }));
});
