import type { IslandInstrument, RegistryEntry } from '../../../lib/instrument-view';
import type { Dictionary } from '../../../lib/i18n';

/** Props of the assessment island; the page loads the data and strings and hands them over. */
export interface AssessmentProps {
  /** The questionnaire, typeset, guide links resolved. */
  instrument: IslandInstrument;
  /** Every instrument version a result code may belong to, with names and page links. */
  registry: RegistryEntry[];
  /** The UI strings of the island (`diagnostic.*` keys without that prefix), typeset. */
  strings: Dictionary;
  /** Team page link, for instruments that feed its enablement-readiness view. */
  teamHref?: string | undefined;
}

/** Looks up a UI string and fills its `{placeholders}`. */
export type T = (key: string, values?: Readonly<Record<string, string | number>>) => string;
