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
  charterKey,
  charterOgImage,
  charterRoute,
  citedArticleProblems,
  formatCharterDate,
  versionRoute,
  versionsRoute,
} from '../../src/lib/charter';
import { buyersPageSchema, charterCollectionSchema, charterSchema, companyKitSchema, isBuyersPage, isCharter, isCompanyKit } from '../../src/schemas/charter';

const charterData = parse(readFileSync('content/charte/fr/charte.yaml', 'utf8')) as Record<string, unknown>;
const buyersData = parse(readFileSync('content/charte/fr/acheteurs.yaml', 'utf8')) as Record<string, unknown>;
const companiesData = parse(readFileSync('content/charte/fr/entreprises.yaml', 'utf8')) as Record<string, unknown>;
const kitData = parse(readFileSync('content/charte/fr/kit-entreprises.yaml', 'utf8')) as Record<string, unknown>;

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

  it('places the companies’ charter and its articles under /charte/entreprises/', () => {
    expect(charterRoute('entreprises')).toBe('/charte/entreprises/');
    expect(articleHref(3, 'entreprises')).toBe('/charte/entreprises/#article-3');
    expect(articleRoute(3, 'entreprises')).toBe('/charte/entreprises/article-3/');
    expect(articleOgImage(3, 'en', 'entreprises')).toBe('/og/charte/en-entreprises-article-3.png');
    expect(charterOgImage('fr', 'entreprises')).toBe('/og/charte/entreprises.png');
    expect(charterOgImage('en')).toBe('/og/charte/en-charte.png');
  });

  it('gives each version its « what changed » page, under the charter’s versions', () => {
    expect(versionsRoute()).toBe('/charte/versions/');
    expect(versionRoute('1.1')).toBe('/charte/versions/1-1/');
    expect(versionRoute('2.0', 'entreprises')).toBe('/charte/entreprises/versions/2-0/');
    expect(() => versionRoute('1.1.2')).toThrow(RangeError);
  });

  it('reads the strings that differ between the charters under their own keys', () => {
    expect(charterKey('commercial', 'signature.text')).toBe('charter.signature.text');
    expect(charterKey('entreprises', 'signature.text')).toBe('charter.entreprises.signature.text');
  });
});

describe('citedArticleProblems', () => {
  it('names each cited number the charter does not have, with where it is cited', () => {
    const existing = new Set([1, 2, 3]);
    expect(citedArticleProblems([{ where: 'fichier', numbers: [1, 3] }], existing)).toEqual([]);
    expect(citedArticleProblems([{ where: 'fichier', numbers: [2, 9] }, { where: 'refus', numbers: [0] }], existing)).toEqual([
      'fichier : l’article 9 n’existe pas',
      'refus : l’article 0 n’existe pas',
    ]);
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
  // The changelog without its detailed changes, which cite articles the mutations below remove.
  const plain = { ...charterData, changelog: (charterData.changelog as Record<string, unknown>[]).map(({ details: _, ...entry }) => entry) };

  it('names a duplicated article number', () => {
    const twice = articles.map((a, i) => (i === 1 ? { ...a, number: 1 } : a));
    expect(failingFields(charterSchema.safeParse({ ...plain, articles: twice }))).toEqual(['articles']);
  });

  it('refuses fewer than six articles', () => {
    expect(failingFields(charterSchema.safeParse({ ...plain, articles: articles.slice(0, 5) }))).toEqual(['articles']);
    expect(charterSchema.safeParse({ ...plain, articles: articles.slice(0, 6) }).success).toBe(true);
  });

  it('names a detailed change that cites an article the charter does not have', () => {
    const changelog = structuredClone(charterData.changelog) as { details: { articles: number[] }[] }[];
    changelog[0]!.details[0]!.articles = [42];
    expect(failingFields(charterSchema.safeParse({ ...charterData, changelog }))).toEqual(['changelog.0.details.0.articles']);
  });

  it('refuses a commitment of more than one sentence', () => {
    const long = articles.map((a, i) => (i === 0 ? { ...a, commitment: 'Je dis vrai. Je ne mens jamais.' } : a));
    expect(failingFields(charterSchema.safeParse({ ...charterData, articles: long }))).toEqual(['articles.0.commitment']);
  });

  it('names a changelog that does not start with the current version', () => {
    const result = charterSchema.safeParse({ ...charterData, version: '9.9' });
    expect(failingFields(result)).toEqual(['changelog.0']);
  });

  it('refuses an external address in an internal link', () => {
    const linked = articles.map((a, i) => (i === 0 ? { ...a, links: [{ label: 'Ailleurs', href: 'https://exemple.fr/' }] } : a));
    expect(failingFields(charterSchema.safeParse({ ...charterData, articles: linked }))).toEqual(['articles.0.links.0.href']);
  });
});

describe('the companies’ charter', () => {
  it('is a charter of the same kind, with its own articles from 1 in order', () => {
    const companies = charterSchema.parse(companiesData);
    expect(isCharter(charterCollectionSchema.parse(companiesData))).toBe(true);
    expect(companies.articles.map((a) => a.number)).toEqual(companies.articles.map((_, i) => i + 1));
    expect(companies.changelog[0]!.version).toBe(companies.version);
  });

  it('points its climate article to the team view', () => {
    const companies = charterSchema.parse(companiesData);
    expect(companies.articles.flatMap((a) => a.links.map((l) => l.href))).toContain('/diagnostic/equipe/');
  });
});

describe('the companies’ adoption kit', () => {
  it('is valid, recognised by its kind, and its workshop lasts one hour', () => {
    const kit = companyKitSchema.parse(kitData);
    expect(isCompanyKit(charterCollectionSchema.parse(kitData))).toBe(true);
    expect(kit.workshop.steps.reduce((sum, s) => sum + s.minutes, 0)).toBe(60);
  });

  it('has about eight dilemmas, which between them reveal each of the five climates', () => {
    const kit = companyKitSchema.parse(kitData);
    expect(kit.dilemmas).toHaveLength(8);
    expect(new Set(kit.dilemmas.map((d) => d.climate))).toEqual(new Set(['respect', 'regles', 'lois-et-codes', 'independance', 'instrumental']));
  });

  it('cites only articles that exist in each charter', () => {
    const kit = companyKitSchema.parse(kitData);
    const salesperson = new Set(charterSchema.parse(charterData).articles.map((a) => a.number));
    const companies = new Set(charterSchema.parse(companiesData).articles.map((a) => a.number));
    expect(citedArticleProblems(kit.dilemmas.map((d) => ({ where: d.id, numbers: d.salesperson })), salesperson)).toEqual([]);
    expect(citedArticleProblems(kit.dilemmas.map((d) => ({ where: d.id, numbers: d.company })), companies)).toEqual([]);
  });

  it('refuses a climate that is not one of the five, and a workshop that is not one hour', () => {
    const kit = structuredClone(kitData) as { dilemmas: { climate: string }[]; workshop: { steps: { minutes: number }[] } };
    kit.dilemmas[0]!.climate = 'bienveillance';
    kit.workshop.steps[0]!.minutes += 10;
    expect(failingFields(companyKitSchema.safeParse(kit)).sort()).toEqual(['dilemmas.0.climate', 'workshop']);
  });
});

describe('the page for buyers', () => {
  it('is valid and recognised by its kind', () => {
    const page = buyersPageSchema.parse(buyersData);
    expect(page.report.length).toBeGreaterThanOrEqual(2);
    expect(isBuyersPage(charterCollectionSchema.parse(buyersData))).toBe(true);
  });
});
