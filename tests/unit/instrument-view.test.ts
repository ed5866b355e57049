import { describe, expect, it } from 'vitest';
import { instrumentSchema, type Instrument } from '../../src/schemas/instrument';
import { codeRegistry, codeSpecOf, islandInstrument, itemsByDimension, prepareInstrument } from '../../src/lib/instrument-view';
import { joinInstrument, splitInstrument } from '../../src/lib/island-instrument';
import { codeErrorMessage } from '../../src/lib/code-messages';
import engagement from '../../content/diagnostics/engagement.json';
import climate from '../../content/diagnostics/climat-ethique.json';
import manager from '../../content/diagnostics/manager-leader.json';

const load = (id: string, data: unknown): Instrument => ({ id, ...instrumentSchema.parse(data) });
const instruments = [load('engagement', engagement), load('climat-ethique', climate), load('manager-leader', manager)];

describe('codeSpecOf', () => {
  it('returns the id, letter, version and number of dimensions', () => {
    expect(codeSpecOf(instruments[2]!)).toEqual({ id: 'manager-leader', code: 'M', version: 3, dimensions: 9 });
  });
});

describe('codeRegistry', () => {
  it('lists every version of every instrument whose codes are read, current first, with its name and page', () => {
    expect(codeRegistry(instruments, (id) => `/diagnostic/${id}/`).map((r) => [r.code, r.version, r.name, r.href])).toEqual([
      ['E', 3, 'Engagement (E=MC4)', '/diagnostic/engagement/'],
      ['E', 1, 'Engagement (E=MC4)', '/diagnostic/engagement/'],
      ['E', 2, 'Engagement (E=MC4)', '/diagnostic/engagement/'],
      ['C', 3, 'Climat éthique', '/diagnostic/climat-ethique/'],
      ['C', 1, 'Climat éthique', '/diagnostic/climat-ethique/'],
      ['C', 2, 'Climat éthique', '/diagnostic/climat-ethique/'],
      ['M', 3, 'Manager-leader', '/diagnostic/manager-leader/'],
      ['M', 1, 'Manager-leader', '/diagnostic/manager-leader/'],
      ['M', 2, 'Manager-leader', '/diagnostic/manager-leader/'],
    ]);
  });

  it('refuses two instruments with the same letter, naming both files', () => {
    const twin = { ...instruments[1]!, code: 'E' };
    expect(() => codeRegistry([instruments[0]!, twin], (id) => id)).toThrow(
      'content/diagnostics/engagement.json et content/diagnostics/climat-ethique.json ont la même lettre de code « E »',
    );
  });
});

describe('prepareInstrument', () => {
  const prepared = prepareInstrument(instruments[2]!, (s) => `[${s}]`, (r) => `/base${r}`);

  it('applies the text function to what readers see', () => {
    expect(prepared.title).toBe('[Autodiagnostic du manager-leader]');
    expect(prepared.items[0]!.text.startsWith('[')).toBe(true);
    expect(prepared.dimensions[0]!.bands[0]!.actions.every((a) => a.startsWith('['))).toBe(true);
    expect(prepared.scale.dontKnow).toBe('[Je ne sais pas]');
    // The manager's questionnaire offers no « does not apply »; the engagement one does, typeset too.
    expect(prepared.scale.notApplicable).toBeUndefined();
    expect(prepareInstrument(instruments[0]!, (s) => `[${s}]`, (r) => r).scale.notApplicable).toBe('[Ne s’applique pas à mon poste]');
  });

  it('resolves guide routes and leaves ids alone', () => {
    expect(prepared.dimensions[0]!.guide).toBe('/base/guide/principes/#orientation-client');
    expect(prepared.items.find((i) => i.id === 'dev-partage')!.guide).toBe('/base/guide/manager-leader/#partage');
    expect(prepared.items.map((i) => i.id)).toEqual(instruments[2]!.items.map((i) => i.id));
  });
});

describe('itemsByDimension', () => {
  it('groups items by dimension in dimension order', () => {
    const groups = itemsByDimension(instruments[0]!.dimensions, instruments[0]!.items);
    expect(groups.map((g) => g.length)).toEqual([6, 6, 6, 6, 6]);
    expect(groups[1]!.every((i) => i.dimension === 'confiance')).toBe(true);
  });
});

describe('the three questionnaires', () => {
  it('have unique code letters', () => {
    expect(new Set(instruments.map((i) => i.code)).size).toBe(3);
  });

  it('detail the seven development activities of the manager-leader, each linked to the guide', () => {
    const activities = instruments[2]!.items.filter((i) => i.dimension === 'developpement');
    expect(activities.map((i) => i.guide)).toEqual([
      '/guide/manager-leader/#objectifs',
      '/guide/manager-leader/#formation',
      '/guide/manager-leader/#experimentation',
      '/guide/manager-leader/#validation',
      '/guide/manager-leader/#evaluation',
      '/guide/manager-leader/#plan-de-developpement',
      '/guide/manager-leader/#partage',
    ]);
  });

  it('link each dimension to an agreed guide anchor', () => {
    expect(instruments.flatMap((i) => i.dimensions.map((d) => d.guide))).toEqual([
      '/guide/e-mc4/#motivation',
      '/guide/e-mc4/#confiance',
      '/guide/e-mc4/#competence',
      '/guide/e-mc4/#capacite',
      '/guide/e-mc4/#culture',
      '/ethique/#respect',
      '/ethique/#regles',
      '/ethique/#lois-et-codes',
      '/ethique/#independance',
      '/ethique/#instrumental',
      '/guide/principes/#orientation-client',
      '/guide/principes/#leadership',
      '/guide/principes/#engagement-responsabilisation',
      '/guide/principes/#approche-processus',
      '/guide/principes/#approche-systemique',
      '/guide/principes/#amelioration-continue',
      '/guide/principes/#approche-factuelle',
      '/guide/principes/#integration-transversale',
      '/guide/manager-leader/',
    ]);
  });
});

describe('codeErrorMessage', () => {
  const nameOf = (id: string) => (id === 'climat-ethique' ? 'Climat éthique' : id);

  it('picks a key per kind and reason', () => {
    expect(codeErrorMessage({ kind: 'checksum' }, nameOf)).toEqual({ key: 'diagnostic.code.error.checksum', values: {} });
    expect(codeErrorMessage({ kind: 'malformed', reason: 'length' }, nameOf).key).toBe('diagnostic.code.error.malformed-length');
  });

  it('names the other instrument and the unknown version', () => {
    expect(codeErrorMessage({ kind: 'other-instrument', instrument: 'climat-ethique' }, nameOf)).toEqual({ key: 'diagnostic.code.error.other-instrument', values: { name: 'Climat éthique' } });
    expect(codeErrorMessage({ kind: 'unknown-version', instrument: 'climat-ethique', version: 4 }, nameOf).values).toEqual({ name: 'Climat éthique', version: 4 });
  });
});

describe('islandInstrument', () => {
  it('keeps only what the island needs, items inside their dimension', () => {
    const island = islandInstrument(instruments[0]!);
    expect(Object.keys(island).sort()).toEqual(['dimensions', 'id', 'results', 'scale', 'version']);
    expect(island.dimensions.map((d) => d.items.length)).toEqual([6, 6, 6, 6, 6]);
    expect(island.dimensions[0]!.items[2]).toEqual({ id: 'mot-3', text: instruments[0]!.items[2]!.text, reverse: true });
  });
});

describe('splitInstrument and joinInstrument', () => {
  it('keep in props only what the first step shows, and put the rest back together', () => {
    const island = islandInstrument(instruments[2]!);
    const { step, rest } = splitInstrument(island);
    expect(step).toEqual({ id: 'manager-leader', steps: island.dimensions.length });
    expect(JSON.stringify(step)).not.toContain(island.dimensions[0]!.name);
    expect(JSON.stringify(step)).not.toContain(island.dimensions[0]!.items[0]!.text);
    expect(joinInstrument(step, JSON.parse(JSON.stringify(rest)))).toEqual(island);
  });

  it('without the rest, gives the steps and no statement (the heading is an interface string)', () => {
    const { step } = splitInstrument(islandInstrument(instruments[0]!));
    const joined = joinInstrument(step, undefined);
    expect(joined.dimensions).toHaveLength(instruments[0]!.dimensions.length);
    expect(joined.dimensions.every((d) => d.items.length === 0)).toBe(true);
  });
});
