import type { RegistryEntry } from '../../../lib/instrument-view';
import type { FirstStep, InstrumentRest } from '../../../lib/island-instrument';
import type { Dictionary } from '../../../lib/i18n';

/** Props of the assessment island: what the server render of the first step needs (src/lib/island-props.ts). */
export interface AssessmentProps {
  /** Id of the page's data block, which holds the island's `AssessmentData`. */
  dataId: string;
  /** The questionnaire's id and number of steps. */
  instrument: FirstStep;
  /** The first step's UI strings (`STEP_STRINGS`), typeset. */
  strings: Dictionary;
}

/** The rest of the island's data, in the page's data block. */
export interface AssessmentData {
  /** The questionnaire beyond `FirstStep`: statements, bands, scale, guide links resolved. */
  instrument: InstrumentRest;
  /** Every instrument version a result code may belong to, with names and page links. */
  registry: RegistryEntry[];
  /** The other UI strings of the island (`RESULT_STRINGS`), typeset. */
  strings: Dictionary;
  /** Team page link, for instruments that feed its enablement-readiness view. */
  teamHref?: string | undefined;
}
