/**
 * An assessment island for one language: the island with that language's plan strings around it
 * (see `assessment/plan-strings.ts`). The page picks the entry of its language.
 */
import Assessment from './Assessment';
import { PlanStrings } from './assessment/plan-strings';
import type { AssessmentProps } from './assessment/types';
import type { Dictionary } from '../../lib/i18n';

/** Returns the assessment island with `strings` as its plan strings. */
export function assessmentIn(strings: Dictionary) {
  return (props: AssessmentProps) => (
    <PlanStrings.Provider value={strings}>
      <Assessment {...props} />
    </PlanStrings.Provider>
  );
}
