import { beforeEach, describe, expect, it, vi } from 'vitest';
import { frenchTypography, NNBSP } from '../../../src/lib/typography';
import { reads, useCollections } from './content';
import { instrument, instrumentText } from './fixtures';

vi.mock('astro:content', () => import('./content'));

/** The questionnaire loader, imported afresh: empty caches. */
async function loader() {
  vi.resetModules();
  return import('../../../src/data/instruments');
}

beforeEach(() =>
  useCollections({
    instruments: [{ id: 'essai', data: instrument() }],
    instrumentTexts: [{ id: 'en/essai', data: instrumentText() }],
  }),
);

describe('getInstruments in French', () => {
  it('typesets every text once and turns guide routes into links', async () => {
    const [found] = await (await loader()).getInstruments('fr');
    expect(found!.id).toBe('essai');
    expect(found!.title).toBe('Questionnaire d’essai');
    expect(found!.items.map((i) => i.text)).toEqual(['J’aime mon travail\u202F?', `Je sais pourquoi${NNBSP}: oui.`]);
    expect(found!.dimensions[0]!.bands[0]!.actions[0]).toBe(frenchTypography('Bas : agir.'));
    expect(JSON.stringify(found)).not.toMatch(/[\u00A0\u202F]{2}/u);
    expect(found!.dimensions[0]!.guide).toBe('/charte/');
  });

  it('reads the collections once for every caller', async () => {
    const { getInstruments, getRegistry } = await loader();
    await Promise.all([getInstruments('fr'), getInstruments('fr'), getRegistry('fr')]);
    expect(reads().filter((r) => r === 'instruments')).toHaveLength(2); // one for the questionnaires, one for the route map
  });
});

describe('getInstruments in English', () => {
  it('lays the English texts over the reference, keeping its structure, with English links', async () => {
    const [found] = await (await loader()).getInstruments('en');
    expect(found!.title).toBe('Trial questionnaire');
    expect(found!.items.map((i) => [i.id, i.text, i.reverse])).toEqual([
      ['m1', 'I like my work?', undefined],
      ['m2', 'I know why: yes.', true],
    ]);
    expect(found!.dimensions[0]!.guide).toBe('/en/charter/');
    expect(found!.code).toBe('E');
  });

  it('fails naming the file when the translation is missing', async () => {
    useCollections({ instruments: [{ id: 'essai', data: instrument() }] });
    await expect((await loader()).getInstruments('en')).rejects.toThrow('content/diagnostics/en/essai.json manquant');
  });

  it('fails naming the file and the field when a text is missing', async () => {
    const texts = instrumentText() as Omit<ReturnType<typeof instrumentText>, 'items'> & { items: Record<string, { text: string }> };
    delete texts.items.m2;
    useCollections({ instruments: [{ id: 'essai', data: instrument() }], instrumentTexts: [{ id: 'en/essai', data: texts }] });
    const error = (await loader()).getInstruments('en');
    await expect(error).rejects.toThrow('content/diagnostics/en/essai.json ne correspond pas à content/diagnostics/essai.json');
    await expect(error).rejects.toThrow('- items.m2 : absent de la traduction');
  });
});

describe('getRegistry', () => {
  it('links each code to the questionnaire page in the reader’s language', async () => {
    const registry = await (await loader()).getRegistry('en');
    expect(registry).toEqual([{ id: 'essai', code: 'E', version: 1, dimensions: 1, name: 'Trial', href: '/en/assessment/trial/' }]);
  });

  it('fails naming both files when two questionnaires share a code letter', async () => {
    useCollections({
      instruments: [
        { id: 'essai', data: instrument('E') },
        { id: 'autre', data: { ...instrument('E'), order: 1 } },
      ],
      instrumentTexts: [
        { id: 'en/essai', data: instrumentText() },
        { id: 'en/autre', data: { ...instrumentText(), segment: 'other' } },
      ],
    });
    await expect((await loader()).getRegistry('fr')).rejects.toThrow('content/diagnostics/essai.json et content/diagnostics/autre.json ont la même lettre de code « E »');
  });
});

describe('getKeying (the methodology page’s versions tables)', () => {
  it('gives the current version’s keying when no earlier version is announced', async () => {
    const [keying] = await (await loader()).getKeying('fr');
    expect(keying!.instrument.id).toBe('essai');
    expect(keying!.versions.map((v) => v.version)).toEqual([keying!.instrument.version]);
    expect(keying!.versions[0]!.figures.map((f) => f.dimension)).toEqual(keying!.instrument.dimensions.map((d) => d.id));
  });

  it('fails naming the archive file of an announced version that is missing', async () => {
    useCollections({ instruments: [{ id: 'essai', data: { ...instrument(), earlierVersions: [0] } }], instrumentTexts: [{ id: 'en/essai', data: instrumentText() }] });
    await expect((await loader()).getKeying('fr')).rejects.toThrow('content/diagnostics/archive/v0/essai.json manquant');
  });
});
