/**
 * Instruments as pages and islands use them: texts typeset, guide routes turned into links,
 * and the code registry every result code is read against. Pure functions over instrument data.
 */
import type { Dimension, Instrument, Item } from '../schemas/instrument';
import type { CodeSpec } from './result-code';

/** A code spec with the instrument's short name and page, for messages about other instruments. */
export interface RegistryEntry extends CodeSpec {
  /** Short title (« Climat éthique »). */
  name: string;
  /** Link to the instrument's page. */
  href: string;
}

/** Returns what the result codec needs to know about `instrument`. */
export function codeSpecOf(instrument: Instrument): CodeSpec {
  return { id: instrument.id, code: instrument.code, version: instrument.version, dimensions: instrument.dimensions.length };
}

/**
 * Returns the code registry of `instruments`, with names and page links (`href` turns an
 * instrument id into its page link): one entry per version whose codes are read, the current one
 * and each of `earlierVersions` (same dimensions, so the same code length). Throws, naming both files, when two share a code letter.
 */
export function codeRegistry(instruments: readonly Instrument[], href: (id: string) => string): RegistryEntry[] {
  const byLetter = new Map<string, string>();
  for (const i of instruments) {
    for (const letter of [i.code, ...(i.committeeCode ? [i.committeeCode] : [])]) {
      const other = byLetter.get(letter);
      if (other) throw new Error(`content/diagnostics/${other}.json et content/diagnostics/${i.id}.json ont la même lettre de code « ${letter} » (règle : une lettre par questionnaire)`);
      byLetter.set(letter, i.id);
    }
  }
  // Current version first (a page looks its own version up), then the earlier versions still read.
  return instruments.flatMap((i) => {
    const entry = { ...codeSpecOf(i), name: i.shortTitle, href: href(i.id) };
    // A committee's declaration: same items and scores, its own letter (current version only).
    const committee = i.committeeCode ? [{ ...entry, code: i.committeeCode, committee: true }] : [];
    return [entry, ...i.earlierVersions.map((version) => ({ ...entry, version })), ...committee];
  });
}

/**
 * Returns `instrument` with `text` applied to every string a reader sees (typography) and
 * `href` to every guide route (base path), ready for a page or an island.
 */
export function prepareInstrument(instrument: Instrument, text: (s: string) => string, href: (route: string) => string): Instrument {
  const { scale, results } = instrument;
  return {
    ...instrument,
    title: text(instrument.title),
    shortTitle: text(instrument.shortTitle),
    description: text(instrument.description),
    intro: instrument.intro.map(text),
    audience: text(instrument.audience),
    scale: {
      labels: scale.labels.map(text) as typeof scale.labels,
      dontKnow: text(scale.dontKnow),
      ...(scale.notApplicable === undefined ? {} : { notApplicable: text(scale.notApplicable) }),
    },
    results:
      results.type === 'index'
        ? { ...results, highest: text(results.highest), lowest: text(results.lowest) }
        : {
            ...results,
            highest: text(results.highest),
            lowest: text(results.lowest),
            noIndex: text(results.noIndex),
            risk: { ...results.risk, message: text(results.risk.message) },
          },
    dimensions: instrument.dimensions.map((d) => ({
      ...d,
      name: text(d.name),
      shortName: text(d.shortName),
      description: text(d.description),
      guide: href(d.guide),
      bands: d.bands.map((b) => ({ ...b, label: text(b.label), interpretation: text(b.interpretation), actions: b.actions.map(text) })),
    })),
    items: instrument.items.map((item) => ({
      ...item,
      text: text(item.text),
      ...(item.label === undefined ? {} : { label: text(item.label) }),
      ...(item.guide === undefined ? {} : { guide: href(item.guide) }),
    })),
  };
}

/** An item as the island sees it: inside its dimension. */
export type IslandItem = Omit<Item, 'dimension'>;

/** A dimension with its items, in questionnaire order. */
export type IslandDimension = Dimension & { items: IslandItem[] };

/**
 * What the assessment island needs of an instrument, items grouped by dimension: no page texts
 * (title, intro…), which the page renders itself. Its props are inlined in the page, so every byte counts.
 */
export type IslandInstrument = Pick<Instrument, 'id' | 'version' | 'scale' | 'results'> & { dimensions: IslandDimension[] };

/** Returns the part of `instrument` the assessment island needs. */
export function islandInstrument({ id, version, scale, results, dimensions, items }: Instrument): IslandInstrument {
  const grouped = dimensions.map((d) => ({ ...d, items: items.filter((item) => item.dimension === d.id).map(({ dimension: _, ...item }) => item) }));
  return { id, version, scale, results, dimensions: grouped };
}

/** Returns the items of `instrument` grouped by dimension, in dimension order (for scoring and the paper version; the online steps mix them, see `questionnaireSteps`). */
export function itemsByDimension<I extends { dimension: string }>(dimensions: readonly { id: string }[], items: readonly I[]): I[][] {
  return dimensions.map((d) => items.filter((item) => item.dimension === d.id));
}
