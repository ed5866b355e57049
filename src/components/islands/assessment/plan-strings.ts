/**
 * The action plan's strings (`content/i18n/<lang>/plan.json`), bundled with the island rather than
 * written into the page: the assessment pages' HTML has almost no byte left under its budget, and
 * the plan only shows after the questionnaire. The French file is stored typeset (a unit test
 * checks it), since this path skips the build's typesetter.
 */
import fr from '../../../../content/i18n/fr/plan.json';
import en from '../../../../content/i18n/en/plan.json';
import { translator } from '../../../lib/i18n';
import type { T } from './types';

/** Returns the plan strings' translator for the page's language (`<html lang>`). */
export function planTranslator(lang: string): T {
  return lang.startsWith('en') ? translator(en, 'en') : translator(fr, 'fr');
}
