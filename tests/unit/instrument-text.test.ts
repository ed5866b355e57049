import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeInstrumentText } from '../../src/lib/instrument-text';
import { instrumentSchema, type Instrument } from '../../src/schemas/instrument';
import { instrumentTextSchema, type InstrumentText } from '../../src/schemas/instrument-text';
import { thrown } from '../support/thrown';

const DIR = 'content/diagnostics';
const ids = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

const overlayFile = (id: string) => `${DIR}/en/${id}.json`;
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

function load(id: string): { base: Instrument; texts: InstrumentText } {
  return {
    base: { ...instrumentSchema.parse(readJson(`${DIR}/${id}.json`)), id },
    texts: instrumentTextSchema.parse(readJson(overlayFile(id))),
  };
}


describe('the questionnaires in content/diagnostics/', () => {
  it('are the four instruments, each with an English overlay and no stray overlay', () => {
    expect(ids).toEqual(['charte-entreprises', 'climat-ethique', 'engagement', 'manager-leader']);
    const overlays = readdirSync(`${DIR}/en`).filter((f) => f.endsWith('.json')).sort();
    expect(overlays).toEqual(ids.map((id) => `${id}.json`));
  });
});

describe.each(ids)('%s: French reference and English overlay', (id) => {
  const { base, texts } = load(id);
  const file = overlayFile(id);

  it('merge without error and leave the reference untouched', () => {
    const before = structuredClone(base);
    mergeInstrumentText(base, texts, file);
    expect(base).toEqual(before);
  });

  const merged = mergeInstrumentText(base, texts, file);

  it('keep every structural field of the reference', () => {
    for (const key of ['id', 'code', 'version', 'order', 'readiness', 'minutes'] as const) expect(merged[key], key).toBe(base[key]);
    expect(merged.dimensions.map((d) => d.id)).toEqual(base.dimensions.map((d) => d.id));
    merged.dimensions.forEach((d, i) => {
      const ref = base.dimensions[i]!;
      expect(d.guide).toBe(ref.guide);
      expect(d.perItem).toBe(ref.perItem);
      expect(d.bands.map((b) => [b.min, b.max])).toEqual(ref.bands.map((b) => [b.min, b.max]));
    });
    expect(merged.items.map((i) => [i.id, i.dimension, i.reverse, i.guide, i.label === undefined])).toEqual(
      base.items.map((i) => [i.id, i.dimension, i.reverse, i.guide, i.label === undefined]),
    );
    expect(merged.results.type).toBe(base.results.type);
    if (merged.results.type === 'profile' && base.results.type === 'profile') {
      expect(merged.results.risk.dimension).toBe(base.results.risk.dimension);
      expect(merged.results.risk.from).toBe(base.results.risk.from);
    }
  });

  it('replace every text with the English one', () => {
    expect(merged.title).toBe(texts.title);
    expect(merged.title).not.toBe(base.title);
    expect(merged.description).toBe(texts.description);
    expect(merged.intro).toEqual(texts.intro);
    expect(merged.audience).toBe(texts.audience);
    expect(merged.scale).toEqual(texts.scale);
    expect(merged.scale.labels).not.toEqual(base.scale.labels);
    expect(merged.results.highest).toBe(texts.results.highest);
    expect(merged.results.lowest).toBe(texts.results.lowest);
    if (merged.results.type === 'profile') {
      expect(merged.results.noIndex).toBe(texts.results.noIndex);
      expect(merged.results.risk.message).toBe(texts.results.risk?.message);
    }
    for (const d of merged.dimensions) {
      const t = texts.dimensions[d.id]!;
      expect([d.name, d.shortName, d.description]).toEqual([t.name, t.shortName, t.description]);
      d.bands.forEach((band, b) => {
        expect(band.label).toBe(t.bands[b]!.label);
        expect(band.interpretation).toBe(t.bands[b]!.interpretation);
        expect(band.actions).toEqual(t.bands[b]!.actions);
      });
    }
    merged.items.forEach((item, i) => {
      const ref = base.items[i]!;
      expect(item.text, item.id).toBe(texts.items[item.id]!.text);
      expect(item.text, `item « ${item.id} » is still in French`).not.toBe(ref.text);
      expect(item.label).toBe(texts.items[item.id]!.label);
    });
  });

  it('leave no French prose in the interpretations and actions', () => {
    merged.dimensions.forEach((d, i) =>
      d.bands.forEach((band, b) => {
        const ref = base.dimensions[i]!.bands[b]!;
        expect(band.interpretation).not.toBe(ref.interpretation);
        band.actions.forEach((action, a) => expect(action).not.toBe(ref.actions[a]));
      }),
    );
  });

  it('give a questionnaire that the reference schema still accepts', () => {
    const { id: _id, ...data } = merged;
    expect(() => instrumentSchema.parse(data)).not.toThrow();
  });

  describe('a mutated overlay fails, naming the file and the id', () => {
    const firstItem = base.items[0]!.id;
    const firstDim = base.dimensions[0]!.id;

    const expectProblem = (mutate: (t: InstrumentText) => void, ...needles: string[]) => {
      const copy = structuredClone(texts);
      mutate(copy);
      const message = thrown(() => mergeInstrumentText(base, copy, file));
      expect(message).toContain(file);
      expect(message).toContain(`content/diagnostics/${id}.json`);
      for (const needle of needles) expect(message).toContain(needle);
    };

    it('an item removed', () => {
      expectProblem((t) => delete t.items[firstItem], `items.${firstItem} : absent de la traduction`);
    });

    it('an item the reference does not have', () => {
      expectProblem((t) => (t.items['inconnu-99'] = { text: 'An item that the French file does not have.' }), 'items.inconnu-99 : absent de la version de référence');
    });

    it('a dimension removed or added', () => {
      expectProblem((t) => delete t.dimensions[firstDim], `dimensions.${firstDim} : absent de la traduction`);
      expectProblem((t) => (t.dimensions['fantome'] = structuredClone(t.dimensions[firstDim]!)), 'dimensions.fantome : absent de la version de référence');
    });

    it('a band missing', () => {
      expectProblem((t) => t.dimensions[firstDim]!.bands.pop(), `dimensions.${firstDim}.bands : ${base.dimensions[0]!.bands.length - 1} élément(s) au lieu de ${base.dimensions[0]!.bands.length}`);
    });

    it('an action more or less in a band', () => {
      const refCount = base.dimensions[0]!.bands[0]!.actions.length;
      expectProblem((t) => {
        const actions = t.dimensions[firstDim]!.bands[0]!.actions;
        if (actions.length === 3) actions.pop();
        else actions.push('One more action, added for the test.');
      }, `dimensions.${firstDim}.bands[0].actions : `, `élément(s) au lieu de ${refCount}`);
    });

    it('an intro paragraph more', () => {
      expectProblem((t) => t.intro.push('An extra paragraph that the French file does not have.'), `intro : ${base.intro.length + 1} élément(s) au lieu de ${base.intro.length}`);
    });

    it('two problems at once, both listed', () => {
      expectProblem(
        (t) => {
          delete t.items[firstItem];
          t.items['inconnu-99'] = { text: 'An item that the French file does not have.' };
        },
        `items.${firstItem} : absent`,
        'items.inconnu-99 : absent',
      );
    });

    const unlabelled = base.items.find((i) => i.label === undefined);
    it.runIf(unlabelled)('a label added to an item that has none', () => {
      expectProblem((t) => (t.items[unlabelled!.id]!.label = 'A stray label'), `items.${unlabelled!.id}.label : absent de la version de référence`);
    });

    const labelled = base.items.find((i) => i.label !== undefined);
    it.runIf(labelled)('a label missing from an item that has one', () => {
      expectProblem((t) => delete t.items[labelled!.id]!.label, `items.${labelled!.id}.label : absent de la traduction`);
    });

    it(base.results.type === 'profile' ? 'the profile texts missing' : 'profile texts on an index instrument', () => {
      if (base.results.type === 'profile') {
        expectProblem((t) => delete t.results.noIndex, 'results.noIndex : absent de la traduction');
        expectProblem((t) => delete t.results.risk, 'results.risk : absent de la traduction');
      } else {
        expectProblem((t) => {
          t.results.noIndex = 'No overall index for this questionnaire, for a reason.';
          t.results.risk = { message: 'A risk message that an index questionnaire never shows.' };
        }, 'results.noIndex : absent de la version de référence', 'results.risk : absent de la version de référence');
      }
    });

    it.runIf(base.results.type === 'index')('a lone « noIndex » on an index instrument', () => {
      expectProblem((t) => (t.results.noIndex = 'No overall index for this questionnaire, for a reason.'), 'results.noIndex : absent de la version de référence');
    });
  });
});

describe('instrumentTextSchema', () => {
  const raw = readJson(overlayFile('engagement')) as Record<string, unknown>;

  it('refuses structure in an overlay (codes, bands, reverse flags live in the reference only)', () => {
    expect(instrumentTextSchema.safeParse({ ...raw, code: 'E' }).success).toBe(false);
    const items = structuredClone(raw.items) as Record<string, Record<string, unknown>>;
    const first = Object.keys(items)[0]!;
    items[first]!.reverse = true;
    expect(instrumentTextSchema.safeParse({ ...raw, items }).success).toBe(false);
  });

  it('requires the English segment of the address', () => {
    const { segment: _segment, ...rest } = raw;
    expect(instrumentTextSchema.safeParse(rest).success).toBe(false);
    expect(instrumentTextSchema.safeParse({ ...raw, segment: 'Not A Slug' }).success).toBe(false);
  });

  it('gives each questionnaire a distinct English segment', () => {
    const segments = ids.map((id) => load(id).texts.segment);
    expect(new Set(segments).size).toBe(ids.length);
  });
});
