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
