import { describe, expect, it } from 'vitest';
import { balancedKeying, instrumentSchema, type InstrumentInput } from '../../src/schemas/instrument';
import engagement from '../../content/diagnostics/engagement.json';
import climate from '../../content/diagnostics/climat-ethique.json';
import manager from '../../content/diagnostics/manager-leader.json';
import companies from '../../content/diagnostics/charte-entreprises.json';

const band = (min: number, max: number, label: string) => ({
  min,
  max,
  label,
  interpretation: 'Une interprétation suffisamment longue.',
  actions: ['Première action concrète.', 'Deuxième action concrète.'],
});

const dimension = (id: string) => ({
  id,
  name: `Dimension ${id}`,
  shortName: id,
  description: 'Une description de la dimension mesurée.',
  guide: `/guide/e-mc4/#${id}`,
  bands: [band(0, 39, 'Bas'), band(40, 69, 'Moyen'), band(70, 100, 'Haut')],
});

const items = (dim: string) =>
  [1, 2, 3, 4].map((n) => ({ id: `${dim}-${n}`, dimension: dim, text: `Affirmation numéro ${n} de ${dim}.`, reverse: n >= 3 }));

/** A small valid instrument: two dimensions of four items, two reverse-keyed each. */
function valid(): InstrumentInput {
  return {
    code: 'E',
    version: 1,
    order: 1,
    title: 'Questionnaire de test',
    shortTitle: 'Test',
    description: 'Un questionnaire pour les tests unitaires.',
    intro: ['Une introduction assez longue pour passer.'],
    minutes: 5,
    audience: 'Les tests unitaires.',
    scale: { labels: ['Non', 'Plutôt non', 'Neutre', 'Plutôt oui', 'Oui'], dontKnow: 'Je ne sais pas' },
    results: { type: 'index', highest: 'Point fort', lowest: 'Point faible' },
    dimensions: [dimension('alpha'), dimension('beta')],
    items: [...items('alpha'), ...items('beta')],
  };
}

/** Returns `path: message` of each issue the schema raises. */
function issues(data: unknown): string[] {
  const result = instrumentSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('instrumentSchema', () => {
  it('accepts a valid instrument and fills defaults', () => {
    const data = instrumentSchema.parse(valid());
    expect(data.readiness).toBe(false);
    expect(data.dimensions[0]!.perItem).toBeUndefined();
    expect(data.items[3]!.reverse).toBe(true);
  });

  it.each([
    ['engagement', engagement],
    ['climat-ethique', climate],
    ['manager-leader', manager],
    ['charte-entreprises', companies],
  ])('accepts content/diagnostics/%s.json', (_, data) => {
    expect(issues(data)).toEqual([]);
  });

  it('names an item whose dimension is unknown', () => {
    const data = valid();
    data.items[2] = { ...data.items[2]!, dimension: 'gamma' };
    expect(issues(data)).toContainEqual(
      'items.2.dimension: Item « alpha-3 » : dimension inconnue « gamma » (règle : chaque item mesure une dimension déclarée)',
    );
  });

  it('names a duplicate item id', () => {
    const data = valid();
    data.items[5] = { ...data.items[5]!, id: 'alpha-1' };
    expect(issues(data)).toEqual(['items.5.id: Item « alpha-1 » déclaré deux fois (règle : identifiants d’item uniques)']);
  });

  it('names a duplicate dimension id', () => {
    const data = valid();
    data.dimensions.push(dimension('alpha'));
    expect(issues(data)).toContain('dimensions.2.id: Dimension « alpha » déclarée deux fois (règle : identifiants de dimension uniques)');
  });

  it('names a dimension with fewer than four items', () => {
    const data = valid();
    data.items = data.items.filter((item) => item.id !== 'beta-1');
    expect(issues(data)).toEqual(['dimensions.1.id: Dimension « beta » : 3 item(s) (règle : au moins 4 items par dimension)']);
  });

  it.each([
    [0, 'aucun item inversé'],
    [1, 'un seul'],
    [3, 'trois sur quatre'],
  ])('names a dimension whose keying is unbalanced: %i reverse-keyed of 4 (%s)', (count) => {
    const data = valid();
    data.items = data.items.map((item, i) => (item.dimension === 'alpha' ? { ...item, reverse: i < count } : item));
    expect(issues(data)).toEqual([
      `dimensions.0.id: Dimension « alpha » : ${count} item(s) inversé(s) sur 4 (règle : environ la moitié des items inversés, au moins 2, contre l’acquiescement)`,
    ]);
  });

  it('balances keying: half, or one off half for an odd count, and at least two', () => {
    expect([4, 5, 6, 7].map((n) => [...Array(n + 1).keys()].filter((k) => balancedKeying(n, k)))).toEqual([[2], [2, 3], [3], [3, 4]]);
  });

  it('refuses an earlier version that does not precede the current one', () => {
    const data = { ...valid(), version: 2, earlierVersions: [1, 2] };
    expect(issues(data)).toEqual(['earlierVersions.1: Version antérieure 2 : elle doit précéder la version actuelle 2']);
  });

  it('names a gap between two bands', () => {
    const data = valid();
    data.dimensions[1]!.bands[1] = band(45, 69, 'Moyen');
    expect(issues(data)).toEqual([
      'dimensions.1.bands.1.min: Dimension « beta » : trou entre les tranches « Bas » (fin 39) et « Moyen » (début 45) (règle : les tranches se suivent sans trou)',
    ]);
  });

  it('names two overlapping bands', () => {
    const data = valid();
    data.dimensions[0]!.bands[2] = band(60, 100, 'Haut');
    expect(issues(data)).toEqual([
      'dimensions.0.bands.2.min: Dimension « alpha » : les tranches « Moyen » (fin 69) et « Haut » (début 60) se chevauchent (règle : chaque score tombe dans une seule tranche)',
    ]);
  });

  it('names bands that do not start at 0 or do not end at 100', () => {
    const data = valid();
    data.dimensions[0]!.bands[0] = band(5, 39, 'Bas');
    data.dimensions[0]!.bands[2] = band(70, 95, 'Haut');
    expect(issues(data)).toEqual([
      'dimensions.0.bands.0.min: Dimension « alpha » : la première tranche commence à 5 (règle : les tranches couvrent 0–100 sans trou, la première commence à 0)',
      'dimensions.0.bands.2.max: Dimension « alpha » : la dernière tranche finit à 95 (règle : les tranches couvrent 0–100 sans trou, la dernière finit à 100)',
    ]);
  });

  it('names a band that ends before it starts', () => {
    const data = valid();
    data.dimensions[0]!.bands = [band(0, 39, 'Bas'), band(40, 30, 'Moyen'), band(31, 100, 'Haut')];
    expect(issues(data)[0]).toBe('dimensions.0.bands.1.min: Dimension « alpha » : la tranche 40–30 commence après sa fin (règle : min ≤ max)');
  });

  it('names an unknown risk dimension of a profile', () => {
    const data = valid();
    data.results = { type: 'profile', highest: 'Dominant', lowest: 'Discret', noIndex: 'Pas d’indice pour un profil de climats.', risk: { dimension: 'gamma', from: 60, message: 'Un message de risque assez long.' } };
    expect(issues(data)).toEqual([
      'results.risk.dimension: Signal de risque : dimension inconnue « gamma » (règle : le risque porte sur une dimension déclarée)',
    ]);
  });

  it('names an item without label in a dimension shown item by item', () => {
    const data = valid();
    data.dimensions[1] = { ...dimension('beta'), perItem: true };
    data.items = data.items.map((item) => (item.dimension === 'beta' && item.id !== 'beta-2' ? { ...item, label: 'Activité', guide: '/guide/manager-leader/#objectifs' } : item));
    expect(issues(data)).toEqual([
      'items.5.label: Item « beta-2 » : la dimension « beta » est détaillée item par item (règle : chaque item y a un « label » et un « guide »)',
    ]);
  });

  it('rejects a code letter outside Crockford Base32 letters', () => {
    expect(issues({ ...valid(), code: 'U' })[0]).toMatch(/^code: /);
    expect(issues({ ...valid(), code: '1' })[0]).toMatch(/^code: /);
  });

  it('rejects more dimensions than a result code can hold', () => {
    const data = valid();
    data.dimensions = Array.from({ length: 13 }, (_, i) => dimension(`d${i}`));
    data.items = data.dimensions.flatMap((d) => items(d.id));
    expect(issues(data)).toEqual(['dimensions: Au plus 12 dimensions : le code de résultat n’en contient pas davantage']);
  });

  it('rejects an unknown field instead of ignoring a typo', () => {
    const data = { ...valid(), items: [{ ...valid().items[0]!, revers: true }, ...valid().items.slice(1)] };
    expect(issues(data)[0]).toMatch(/^items\.0: .*revers/);
  });

  it('rejects a guide link that is not an internal route', () => {
    const data = valid();
    data.dimensions[0] = { ...dimension('alpha'), guide: 'https://example.com/' };
    expect(issues(data)[0]).toMatch(/^dimensions\.0\.guide: /);
  });
});
