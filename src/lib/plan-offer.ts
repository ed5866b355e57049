/**
 * Which band actions a results view offers for the action plan, and what a plan's actions say.
 * Pure: works on the dimensions' bands and the scores on screen.
 */
import { bandOf, type Score, type ScoreBand } from './scoring';
import { isOwn, type PlanAction, type PlanShape } from './plan-code';

/** A dimension's bands with their actions, as the instrument defines them. */
export interface ActionDimension {
  bands: readonly (ScoreBand & { actions: readonly string[] })[];
}

/** The actions offered for one dimension: the actions of the band its score falls in. */
export interface Offer {
  dimension: number;
  band: number;
  actions: readonly string[];
}

/** Dimensions whose actions an index instrument offers: its weakest ones. */
export const OFFERED_DIMENSIONS = 3;

/** Returns how many actions each band of each dimension has: what a plan's references are checked against. */
export function planShape(dimensions: readonly ActionDimension[]): PlanShape {
  return dimensions.map((d) => d.bands.map((b) => b.actions.length));
}

/**
 * Returns the actions to offer: for an index instrument, those of its OFFERED_DIMENSIONS lowest
 * scores, lowest first (ties in questionnaire order); for a profile, whose dimensions are not
 * better or worse than one another, those of every scored dimension, as its results show them.
 */
export function offeredActions(dimensions: readonly ActionDimension[], scores: readonly Score[], type: 'index' | 'profile'): Offer[] {
  const offers = dimensions.flatMap((d, dimension) => {
    const band = bandOf(d.bands, scores[dimension] ?? null);
    return band ? [{ dimension, band: d.bands.indexOf(band), actions: band.actions, score: scores[dimension]! }] : [];
  });
  if (type === 'index') offers.sort((a, b) => a.score - b.score || a.dimension - b.dimension).splice(OFFERED_DIMENSIONS);
  return offers.map(({ dimension, band, actions }) => ({ dimension, band, actions }));
}

/** Returns what `action` says: the reader's words, or the band action it refers to. */
export function actionText(action: PlanAction, dimensions: readonly ActionDimension[]): string {
  return isOwn(action) ? action.text : (dimensions[action.dimension]?.bands[action.band]?.actions[action.index] ?? '');
}
