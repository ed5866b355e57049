/**
 * Lays the texts of the readiness rules in another language (`content/readiness/<lang>/regles.yaml`)
 * over the reference rules. Pure, and apart from ./readiness so that the team island, which
 * evaluates the rules, does not bundle the overlay.
 */
import type { Readiness, ReadinessText } from '../schemas/readiness';
import { overlayTranslation, type TextSpec } from './data-text';

/** Structure of the readiness rules: ids and the values conditions and verdicts compare; titles, rationales and actions are text. */
export const READINESS_TEXT: TextSpec = { fixed: new Set(['id', 'instrument', 'dimension', 'dominant', 'verdict', 'step']) };

/**
 * Returns `base` with the title, rationale and actions of each rule taken from `texts` (keyed by
 * rule id); throws, naming `file` and each field, when a rule has no text, a text names no rule, or
 * the number of actions differs from the reference.
 */
export function mergeReadinessText(base: Readiness, texts: ReadinessText, file: string): Readiness {
  return overlayTranslation(base, texts, READINESS_TEXT, { translation: file, reference: 'content/readiness/regles.yaml' });
}
