import type { Readiness } from '../../../schemas/readiness';
import type { RegistryEntry } from '../../../lib/instrument-view';
import type { TeamInstrument } from '../../../lib/team-summary';

/** Translator over the team page's strings (`team.*` and `diagnostic.code.error.*`). */
export type T = (key: string, values?: Readonly<Record<string, string | number>>) => string;

/** Formats a number in the page's locale (« 62,5 », “62.5”). */
export type Num = (x: number) => string;

export interface TeamProps {
  instruments: TeamInstrument[];
  registry: RegistryEntry[];
  readiness: Readiness;
  strings: Record<string, string>;
  /** Locale of the page, for numbers (`fr-FR`, `en-US`). */
  locale: string;
}

/** The island's only prop: the id of the JSON block that holds its `TeamProps`. */
export interface TeamIslandProps {
  dataId: string;
}
