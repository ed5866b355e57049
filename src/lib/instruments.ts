import { getCollection } from 'astro:content';
import type { Instrument } from '../schemas/instrument';
import { codeRegistry, prepareInstrument, type RegistryEntry } from './instrument-view';
import { url } from './paths';
import { frenchTypography } from './typography';

/** Returns the page route of instrument `id`. */
export function instrumentRoute(id: string): string {
  return `/diagnostic/${id}/`;
}

/**
 * Returns every questionnaire of `content/diagnostics/`, in `order`, typeset and with guide links
 * resolved against the base path. Throws when two share a code letter.
 */
export async function getInstruments(): Promise<Instrument[]> {
  const entries = await getCollection('instruments');
  const instruments = entries
    .map((entry) => ({ id: entry.id, ...entry.data }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map((i) => prepareInstrument(i, frenchTypography, url));
  getRegistry(instruments);
  return instruments;
}

/** Returns the result-code registry of `instruments`, with links to their pages. */
export function getRegistry(instruments: readonly Instrument[]): RegistryEntry[] {
  return codeRegistry(instruments, (id) => url(instrumentRoute(id)));
}
