import { describe, expect, it } from 'vitest';
import { pageSchema } from '../../src/schemas/page';
import { uiSchema } from '../../src/schemas/ui';
import fr from '../../content/i18n/fr/site.json';

const valid = {
  title: 'Le modèle E=MC4',
  description: 'Les cinq composantes de l’engagement commercial, expliquées une à une.',
  section: 'guide',
  order: 6,
  lastReviewed: '2026-11-26',
};

/** Returns the dotted paths of the fields a schema rejects. */
function failingFields(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('pageSchema', () => {
  it('accepts a complete front matter and fills defaults', () => {
    const page = pageSchema.parse(valid);
    expect(page.sources).toEqual([]);
    expect(page.placeholder).toBe(false);
    expect(page.lastReviewed).toEqual(new Date('2026-11-26'));
  });

  it('names the field that is missing', () => {
    const { description: _omitted, ...rest } = valid;
    expect(failingFields(pageSchema.safeParse(rest))).toEqual(['description']);
  });

  it('names a section that does not exist', () => {
    expect(failingFields(pageSchema.safeParse({ ...valid, section: 'blog' }))).toEqual(['section']);
  });

  it('names the faulty field inside a source', () => {
    const result = pageSchema.safeParse({ ...valid, sources: [{ author: 'Gallup', title: 'State of the Global Workplace', url: 'pas une adresse' }] });
    expect(failingFields(result)).toEqual(['sources.0.url']);
  });

  it('accepts a segment with folders, for a page in a sub-folder of its section', () => {
    expect(pageSchema.parse({ ...valid, segment: 'tools/one-to-one' }).segment).toBe('tools/one-to-one');
    expect(failingFields(pageSchema.safeParse({ ...valid, segment: 'tools//one' }))).toEqual(['segment']);
    expect(failingFields(pageSchema.safeParse({ ...valid, segment: '/tools' }))).toEqual(['segment']);
  });

  it('takes two or three things to do this week, no more', () => {
    const tasks = ['Tenir un entretien individuel.', 'Revoir cinq affaires.', 'Imprimer une fiche.', 'Une de trop ici.'];
    expect(pageSchema.parse({ ...valid, thisWeek: tasks.slice(0, 2) }).thisWeek).toHaveLength(2);
    expect(failingFields(pageSchema.safeParse({ ...valid, thisWeek: tasks.slice(0, 1) }))).toEqual(['thisWeek']);
    expect(failingFields(pageSchema.safeParse({ ...valid, thisWeek: tasks }))).toEqual(['thisWeek']);
  });

  it('takes the French routes of toolkit pages only as tools', () => {
    expect(pageSchema.parse({ ...valid, tools: ['/guide/outils/', '/guide/outils/delegation/'] }).tools).toHaveLength(2);
    expect(failingFields(pageSchema.safeParse({ ...valid, tools: ['/charte/'] }))).toEqual(['tools.0']);
    expect(failingFields(pageSchema.safeParse({ ...valid, tools: ['/en/guide/tools/delegation/'] }))).toEqual(['tools.0']);
  });

  it('is not a printable form unless it says so', () => {
    expect(pageSchema.parse(valid).form).toBe(false);
  });

  it('rejects unknown fields instead of ignoring a typo', () => {
    expect(failingFields(pageSchema.safeParse({ ...valid, titel: 'x' }))).toEqual(['']);
    expect(pageSchema.safeParse({ ...valid, titel: 'x' }).error?.issues[0]?.message).toMatch(/titel/);
  });
});

describe('uiSchema', () => {
  it('accepts the French dictionary', () => {
    expect(uiSchema.safeParse(fr).success).toBe(true);
  });

  it('rejects an empty string and names its key', () => {
    expect(failingFields(uiSchema.safeParse({ 'nav.skip': '' }))).toEqual(['nav.skip']);
  });

  it('rejects a key that is not dotted', () => {
    expect(uiSchema.safeParse({ navskip: 'Aller au contenu' }).success).toBe(false);
  });
});
