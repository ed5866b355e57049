/**
 * The assessment island's instrument in two parts: what the server render of the first step needs
 * travels as island props, the rest in the page's data block (src/lib/island-data.ts). Kept apart
 * from `instrument-view.ts`, whose preparation code only the server and team sessions run, so that
 * the assessment pages' JavaScript does not carry it.
 */
import type { Dimension } from '../schemas/instrument';
import type { IslandDimension, IslandInstrument } from './instrument-view';

/** What the server render of the first step needs of an instrument: its id, each dimension's name and description. */
export interface FirstStep {
  id: string;
  dimensions: Pick<Dimension, 'name' | 'description'>[];
}

/** The rest of an island instrument, which travels in the page's data block. */
export type InstrumentRest = Omit<IslandInstrument, 'id' | 'dimensions'> & { dimensions: Omit<IslandDimension, 'name' | 'description'>[] };

/** Splits `instrument` into what the first step's server render needs (props) and the rest (data block). */
export function splitInstrument({ id, dimensions, ...rest }: IslandInstrument): { step: FirstStep; rest: InstrumentRest } {
  return {
    step: { id, dimensions: dimensions.map(({ name, description }) => ({ name, description })) },
    rest: { ...rest, dimensions: dimensions.map(({ name: _, description: __, ...d }) => d) },
  };
}

/**
 * Returns the instrument `splitInstrument` divided, whole again. Without its rest (the server
 * render, or a missing data block) only what the first step's heading uses is there: the island
 * then shows that heading and a loading line, and reads nothing else.
 */
export function joinInstrument(step: FirstStep, rest: InstrumentRest | undefined): IslandInstrument {
  const { dimensions = [], ...fields } = rest ?? ({} as Partial<InstrumentRest>);
  return { ...(fields as Omit<InstrumentRest, 'dimensions'>), id: step.id, dimensions: step.dimensions.map((d, i) => ({ ...(dimensions[i] ?? { items: [] }), ...d }) as IslandDimension) };
}
