/**
 * The action plan's strings (`content/i18n/<lang>/plan.json`) reach the results through a context
 * that the page's language entry sets (`AssessmentFr`, `AssessmentEn`): bundled with the island
 * rather than written into the page, whose HTML has almost no byte left under its budget, and one
 * language per page rather than both. The French file is stored typeset (a unit test checks it),
 * since this path skips the build's typesetter.
 */
import { createContext } from 'preact';
import type { Dictionary } from '../../../lib/i18n';

/** The plan strings of the page's language (`plan.*` keys). */
export const PlanStrings = createContext<Dictionary>({});
