import type { RegistryEntry } from '../../../lib/instrument-view';
import type { FirstStep, InstrumentRest } from '../../../lib/island-instrument';
import type { KeysUnder, PickedStrings, Translator } from '../../../lib/i18n';
import type { COMMITTEE_STRINGS, RESULT_STRINGS, STEP_STRINGS } from '../../../lib/island-strings';

/** Key prefixes of the first step's strings (props), of the others (data block), and of the plan's (bundled, `plan-strings.ts`). */
export type StepPrefix = (typeof STEP_STRINGS)[number];
export type ResultPrefix = (typeof RESULT_STRINGS)[number] | (typeof COMMITTEE_STRINGS)[number];
export type PlanPrefix = 'plan';

/**
 * Translators typed by the keys a part of the island may use: a key outside them fails type
 * checking. The steps and the review take only their own, since the team session shows them with
 * its own strings (`team/Session.tsx`).
 */
export type StepT = Translator<KeysUnder<StepPrefix>>;
export type ReviewT = Translator<KeysUnder<'diagnostic.review'>>;
export type AssessmentT = Translator<KeysUnder<StepPrefix | ResultPrefix | PlanPrefix>>;

/** Props of the assessment island: what the server render of the first step needs (src/lib/island-props.ts). */
export interface AssessmentProps {
  /** Id of the page's data block, which holds the island's `AssessmentData`. */
  dataId: string;
  /** The questionnaire's id and number of steps. */
  instrument: FirstStep;
  /** The first step's UI strings (`STEP_STRINGS`), typeset. */
  strings: PickedStrings<StepPrefix>;
}

/** The rest of the island's data, in the page's data block. */
export interface AssessmentData {
  /** The questionnaire beyond `FirstStep`: statements, bands, scale, guide links resolved. */
  instrument: InstrumentRest;
  /** Every instrument version a result code may belong to, with names and page links. */
  registry: RegistryEntry[];
  /** The other UI strings of the island (`RESULT_STRINGS`, and `COMMITTEE_STRINGS` where a committee answers), typeset. */
  strings: PickedStrings<ResultPrefix>;
  /** Team page link, for instruments that feed its enablement-readiness view. */
  teamHref?: string | undefined;
}
