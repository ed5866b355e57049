/**
 * The action plan's strings (`content/i18n/<lang>/plan.json`), bundled with the island rather than
 * written into the page: assessment pages' HTML has almost no byte left under its budget. Both
 * languages ship (about 1 KB gzip each); a second island entry per language would cost a request.
 * The French file is stored typeset (a unit test checks it), since this path skips the build's typesetter.
 */
import fr from '../../../../content/i18n/fr/plan.json';
import en from '../../../../content/i18n/en/plan.json';
import type { PickedStrings } from '../../../lib/i18n';
import type { PlanPrefix } from './types';
import { langOfTag } from '../../../lib/locale';

/** Returns the plan strings of the page's language (`<html lang>`, `en-GB`), French when it is not English. */
export function planStrings(lang: string): PickedStrings<PlanPrefix> {
  return (langOfTag(lang) === 'en' ? en : fr) as PickedStrings<PlanPrefix>;
}
