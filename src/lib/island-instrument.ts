/**
 * The assessment island's instrument in two parts: what the server render of the first step needs
 * travels as island props, the rest in the page's data block (src/lib/island-props.ts). Kept apart
 * from `instrument-view.ts`, whose preparation code only the server and team sessions run, so that
 * the assessment pages' JavaScript does not carry it.
 */
import type { IslandDimension, IslandInstrument } from './instrument-view';

/**
 * What the server render of the first step needs of an instrument: its id and its number of steps
 * (the step's heading is an interface string: steps mix dimensions and name none). Props are
 * serialised with quotes escaped, on pages at their byte budget: the rest travels in the data block.
 */
export interface FirstStep {
  id: string;
  steps: number;
}

/** The rest of an island instrument, which travels in the page's data block. */
export type InstrumentRest = Omit<IslandInstrument, 'id'>;

/** Splits `instrument` into what the first step's server render needs (props) and the rest (data block). */
export function splitInstrument({ id, ...rest }: IslandInstrument): { step: FirstStep; rest: InstrumentRest } {
  return { step: { id, steps: rest.dimensions.length }, rest };
}

/**
 * Returns the instrument `splitInstrument` divided, whole again. Without its rest (the server
 * render, or a missing data block) only the number of steps is there: the island then shows the
 * first step's heading and a loading line, and reads nothing else.
 */
export function joinInstrument(step: FirstStep, rest: InstrumentRest | undefined): IslandInstrument {
  if (rest) return { ...rest, id: step.id };
  const blank = { name: '', description: '', items: [] };
  const dimensions = Array.from({ length: step.steps }, () => blank);
  return { id: step.id, dimensions } as unknown as IslandInstrument;
}

/**
 * What the questionnaire's steps and review need of an instrument, and all a team session has of
 * one (its participants never see results: no bands, actions or guide links). The team page's data
 * block carries one per questionnaire, prepared at build time like the assessment pages' data.
 */
export type QuestionnaireInstrument = Pick<IslandInstrument, 'id' | 'version' | 'scale'> & { dimensions: Pick<IslandDimension, 'id' | 'name' | 'items'>[] };

/** Returns the part of `instrument` the questionnaire's steps and review need. */
export function questionnaireInstrument({ id, version, scale, dimensions }: IslandInstrument): QuestionnaireInstrument {
  return { id, version, scale, dimensions: dimensions.map(({ id, name, items }) => ({ id, name, items })) };
}

/**
 * Returns the questionnaire's steps: the items of every dimension spread evenly along the
 * questionnaire (item i of a dimension of n items at (i + ½) / n of the way, dimension order
 * breaking ties), then cut into as many steps as there are dimensions, so that every step mixes
 * dimensions and none names the construct it measures.
 */
export function questionnaireSteps<I>(dimensions: readonly { items: readonly I[] }[]): I[][] {
  const dealt = dimensions
    .flatMap((d, dimension) => d.items.map((item, i) => ({ item, at: (i + 0.5) / d.items.length, dimension })))
    .sort((a, b) => a.at - b.at || a.dimension - b.dimension)
    .map((x) => x.item);
  const count = dimensions.length;
  return Array.from({ length: count }, (_, step) => dealt.slice(Math.round((step * dealt.length) / count), Math.round(((step + 1) * dealt.length) / count)));
}

/** Returns the step (0-based) of `steps` that holds item `id`, or -1. */
export function stepOf(steps: readonly (readonly { id: string }[])[], id: string): number {
  return steps.findIndex((items) => items.some((item) => item.id === id));
}
