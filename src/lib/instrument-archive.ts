/**
 * Earlier versions of the questionnaires, kept as they were published in
 * `content/diagnostics/archive/v<version>/<id>.json`: their codes are still read (same dimensions),
 * and the methodology page compares their keying with the current one. Read at build time only.
 */
import type { KeyedInstrument } from './instrument-keying';

/** An archived questionnaire: its id (file name) and what the keying figures need. */
export interface ArchivedInstrument extends KeyedInstrument {
  id: string;
}

const files = import.meta.glob<KeyedInstrument>('../../content/diagnostics/archive/v*/*.json', { eager: true, import: 'default' });

/** Returns every archived questionnaire version, by id then version. */
export function archivedInstruments(): ArchivedInstrument[] {
  return Object.entries(files)
    .map(([path, data]) => ({ ...data, id: path.split('/').at(-1)!.replace(/\.json$/, '') }))
    .sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version);
}
