/**
 * How yes-saying plays on a questionnaire: the scores that answering every item the same way
 * produces, dimension by dimension, computed from the data (items and their reverse flags).
 * Feeds the acquiescence test and the versions table of the methodology page. Pure.
 */
import { uniformScores, type Score, type ScoredItem } from './scoring';

/** A questionnaire as this module needs it: any version, current or archived. */
export interface KeyedInstrument {
  version: number;
  dimensions: readonly { id: string }[];
  items: readonly ScoredItem[];
}

/** What yes-saying gives on one dimension. */
export interface AcquiescenceFigures {
  dimension: string;
  items: number;
  reversed: number;
  /** Score when every item is answered « Tout à fait d’accord » (5). */
  allTop: Score;
  /** Score when every item is answered « Plutôt d’accord » (4). */
  allAgree: Score;
}

/** Returns, for each dimension of `instrument`, its keying and the scores of uniform agreement. */
export function acquiescence(instrument: KeyedInstrument): AcquiescenceFigures[] {
  const top = uniformScores(instrument.dimensions, instrument.items, 5);
  const agree = uniformScores(instrument.dimensions, instrument.items, 4);
  return instrument.dimensions.map((d, i) => {
    const items = instrument.items.filter((item) => item.dimension === d.id);
    return { dimension: d.id, items: items.length, reversed: items.filter((item) => item.reverse).length, allTop: top[i]!, allAgree: agree[i]! };
  });
}
