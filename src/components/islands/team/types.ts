import type { Readiness } from '../../../schemas/readiness';
import type { RegistryEntry } from '../../../lib/instrument-view';
import type { TeamInstrument } from '../../../lib/team-summary';

/** Translator over the team page's strings (`team.*` and `diagnostic.code.error.*`). */
export type T = (key: string, values?: Readonly<Record<string, string | number>>) => string;

export interface TeamProps {
  instruments: TeamInstrument[];
  registry: RegistryEntry[];
  readiness: Readiness;
  strings: Record<string, string>;
}

/** The island's only prop: the id of the JSON block that holds its `TeamProps`. */
export interface TeamIslandProps {
  dataId: string;
}
