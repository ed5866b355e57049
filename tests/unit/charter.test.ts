import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  articleAnchor,
  articleHref,
  articleNumberProblems,
  articleOgImage,
  articleRoute,
  bindLegalReference,
  formatCharterDate,
} from '../../src/lib/charter';
import { buyersPageSchema, charterCollectionSchema, charterSchema, isBuyersPage, isCharter } from '../../src/schemas/charter';

const charterData = parse(readFileSync('content/charte/fr/charte.yaml', 'utf8')) as Record<string, unknown>;
const buyersData = parse(readFileSync('content/charte/fr/acheteurs.yaml', 'utf8')) as Record<string, unknown>;

/** Returns the dotted paths of the fields a schema rejects. */
function failingFields(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('article addresses', () => {
  it('gives the anchor, link, page and image of an article from its number', () => {
    expect(articleAnchor(3)).toBe('article-3');
    expect(articleHref(3)).toBe('/charte/#article-3');
    expect(articleRoute(3)).toBe('/charte/article-3/');
    expect(articleOgImage(12)).toBe('/og/charte/article-12.png');
  });

  it('refuses a number that cannot be an article', () => {
    expect(() => articleAnchor(0)).toThrow(RangeError);
    expect(() => articleAnchor(2.5)).toThrow(RangeError);
  });
});

describe('articleNumberProblems', () => {
  it('accepts increasing numbers, gaps included', () => {
    expect(articleNumberProblems([1, 2, 4])).toEqual([]);
  });

  it('names a number used twice', () => {
    expect(articleNumberProblems([1, 2, 2])).toEqual(['le numéro 2 est utilisé deux fois']);
  });

  it('names an article out of order', () => {
    expect(articleNumberProblems([1, 3, 2])).toEqual(['l’article 2 vient après l’article 3']);
  });
});

describe('bindLegalReference', () => {
  it('keeps « art. », « L. » and « n° » with the number that follows', () => {
    expect(bindLegalReference('Code de commerce, art. L. 442-1')).toBe('Code de commerce, art.\u00A0L.\u00A0442-1');
    expect(bindLegalReference('Loi n° 2016-1691')).toBe('Loi n°\u00A02016-1691');
  });

  it('leaves words ending in a dot alone', () => {
    expect(bindLegalReference('Voir ci-dessus. Le texte')).toBe('Voir ci-dessus. Le texte');
  });
});

describe('formatCharterDate', () => {
  it('writes the date in French, read in UTC', () => {
    expect(formatCharterDate(new Date('2026-11-26'))).toBe('26 novembre 2026');
  });
});

describe('the published charter', () => {
  const charter = charterSchema.parse(charterData);

  it('is valid and has ten to twelve articles', () => {
    expect(charter.articles.length).toBeGreaterThanOrEqual(10);
    expect(charter.articles.length).toBeLessThanOrEqual(12);
  });

  it('keeps its article anchors unique and stable: article-1 to article-12 in order', () => {
    const anchors = charter.articles.map((a) => articleAnchor(a.number));
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(anchors).toEqual(Array.from({ length: 12 }, (_, i) => `article-${i + 1}`));
  });

  it('keeps the titles other pages rely on at their numbers', () => {
    const titles = Object.fromEntries(charter.articles.map((a) => [a.number, a.title]));
    expect(titles[2]).toBe('Pas de besoin, pas de vente');
    expect(titles[6]).toBe('Solliciter avec respect');
    expect(titles[12]).toBe('Rendre des comptes');
  });

  it('starts its changelog with the current version', () => {
    expect(charter.changelog[0]?.version).toBe(charter.version);
  });

  it('is recognised by its kind in the collection', () => {
    const entry = charterCollectionSchema.parse(charterData);
    expect(isCharter(entry)).toBe(true);
    expect(isBuyersPage(entry)).toBe(false);
  });
});

describe('charterSchema', () => {
  const articles = (charterData.articles as Record<string, unknown>[]).map((a) => ({ ...a }));

  it('names a duplicated article number', () => {
    const twice = articles.map((a, i) => (i === 1 ? { ...a, number: 1 } : a));
    expect(failingFields(charterSchema.safeParse({ ...charterData, articles: twice }))).toEqual(['articles']);
  });

  it('refuses fewer than ten articles', () => {
    expect(failingFields(charterSchema.safeParse({ ...charterData, articles: articles.slice(0, 9) }))).toEqual(['articles']);
  });

  it('refuses a commitment of more than one sentence', () => {
    const long = articles.map((a, i) => (i === 0 ? { ...a, commitment: 'Je dis vrai. Je ne mens jamais.' } : a));
    expect(failingFields(charterSchema.safeParse({ ...charterData, articles: long }))).toEqual(['articles.0.commitment']);
  });

  it('names a changelog that does not start with the current version', () => {
    const result = charterSchema.safeParse({ ...charterData, version: '1.1' });
    expect(failingFields(result)).toEqual(['changelog.0']);
  });

  it('refuses an external address in an internal link', () => {
    const linked = articles.map((a, i) => (i === 0 ? { ...a, links: [{ label: 'Ailleurs', href: 'https://exemple.fr/' }] } : a));
    expect(failingFields(charterSchema.safeParse({ ...charterData, articles: linked }))).toEqual(['articles.0.links.0.href']);
  });
});

describe('the page for buyers', () => {
  it('is valid and recognised by its kind', () => {
    const page = buyersPageSchema.parse(buyersData);
    expect(page.report.length).toBeGreaterThanOrEqual(2);
    expect(isBuyersPage(charterCollectionSchema.parse(buyersData))).toBe(true);
  });
});
