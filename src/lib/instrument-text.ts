/**
 * Lays the texts of a questionnaire in another language over its reference file. Pure: the
 * collection loader validates each file alone; this cross-checks the pair and fails, naming the
 * file and every mismatch, so that no reader meets a missing or misplaced text.
 */
import type { Instrument } from '../schemas/instrument';
import type { InstrumentText } from '../schemas/instrument-text';
import { overlayTranslation, type TextSpec } from './data-text';

/** Structure of a questionnaire: ids, code letter, result type, guide routes; every other string is text. */
export const INSTRUMENT_TEXT: TextSpec = {
  fixed: new Set(['id', 'code', 'committeeCode', 'type', 'dimension', 'guide']),
  // The page's address in the translation's language, read by the route map.
  own: new Set(['segment']),
};

/** Returns `base` with every text replaced by its translation in `texts`; throws listing each mismatch. */
export function mergeInstrumentText(base: Instrument, texts: InstrumentText, file: string): Instrument {
  return overlayTranslation(base, texts, INSTRUMENT_TEXT, { translation: file, reference: `content/diagnostics/${base.id}.json` });
}
