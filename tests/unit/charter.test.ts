import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  articleAnchor,
  articleHref,
  articleOgImage,
  articleRoute,
  bindLegalReference,
  charterAreaLinks,
  charterKey,
  charterOgImage,
  charterRoute,
  citedArticleProblems,
  formatCharterDate,
  versionRoute,
  versionsRoute,
} from '../../src/lib/charter';
import {
  articleNumberProblems,
  buyersPageSchema,
  changedCommitments,
  charterCollectionSchema,
  charterSchema,
  companyKitSchema,
  isBuyersPage,
  isCharter,
  isCompanyKit,
  versionRuleProblems,
} from '../../src/schemas/charter';

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
    expect(articleHref(3, 'salesperson')).toBe('/charte/#article-3');
    expect(articleRoute(3, 'salesperson')).toBe('/charte/article-3/');
    expect(articleOgImage(12, 'fr', 'salesperson')).toBe('/og/charte/article-12.png');
  });

  it('refuses a number that cannot be an article', () => {
    expect(() => articleAnchor(0)).toThrow(RangeError);
    expect(() => articleAnchor(2.5)).toThrow(RangeError);
  });

  it('places the companies’ charter and its articles under /charte/entreprises/', () => {
    expect(charterRoute('company')).toBe('/charte/entreprises/');
    expect(articleHref(3, 'company')).toBe('/charte/entreprises/#article-3');
    expect(articleRoute(3, 'company')).toBe('/charte/entreprises/article-3/');
    expect(articleOgImage(3, 'en', 'company')).toBe('/og/charte/en-entreprises-article-3.png');
    expect(charterOgImage('fr', 'company')).toBe('/og/charte/entreprises.png');
    expect(charterOgImage('en', 'salesperson')).toBe('/og/charte/en-charte.png');
  });

  it('gives each version its « what changed » page, under the charter’s versions', () => {
    expect(versionsRoute('salesperson')).toBe('/charte/versions/');
    expect(versionRoute('1.1', 'salesperson')).toBe('/charte/versions/1-1/');
    expect(versionRoute('2.0', 'company')).toBe('/charte/entreprises/versions/2-0/');
    expect(() => versionRoute('1.1.2', 'salesperson')).toThrow(RangeError);
  });

  it('reads the strings that differ between the charters under their own keys', () => {
    expect(charterKey('salesperson', 'signature.text')).toBe('charter.signature.text');
    expect(charterKey('company', 'signature.text')).toBe('charter.entreprises.signature.text');
  });
});

describe('charterAreaLinks', () => {
  const links = (current?: string) => charterAreaLinks(current, (route) => `label ${route}`, (route) => `/en${route}`);

  it('lists each charter with, under it, its adoption, its other page and its versions', () => {
    expect(links().map((link) => [link.href, link.children.map((child) => child.href)])).toEqual([
      ['/en/charte/', ['/en/charte/adopter/', '/en/charte/acheteurs/', '/en/charte/versions/']],
      ['/en/charte/entreprises/', ['/en/charte/entreprises/adopter/', '/en/charte/entreprises/atelier/', '/en/charte/entreprises/versions/']],
    ]);
  });

  it('labels each page by its French route', () => {
    expect(links()[1]!.children[1]!.label).toBe('label /charte/entreprises/atelier/');
  });

  it('marks the page being read, and that page only', () => {
    const marked = links('/charte/entreprises/adopter/').flatMap((link) => [link, ...link.children]).filter((link) => link.current);
    expect(marked.map((link) => link.href)).toEqual(['/en/charte/entreprises/adopter/']);
  });

  it('marks nothing on a page outside the list (a version’s page)', () => {
    expect(links('/charte/versions/2-0/').flatMap((link) => [link, ...link.children]).some((link) => link.current)).toBe(false);
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
  /** The charter with `mutated` articles, published as a single version whose record matches them (the numbering rule is tested apart). */
  const withArticles = (mutated: Record<string, unknown>[]) => ({
    ...plain,
    articles: mutated,
    changelog: [{ ...plain.changelog[0], commitments: mutated.map((a) => ({ number: a.number, text: a.commitment })) }],
  });

  it('names a duplicated article number', () => {
    const twice = articles.map((a, i) => (i === 1 ? { ...a, number: 1 } : a));
    expect(failingFields(charterSchema.safeParse(withArticles(twice)))).toEqual(['articles']);
  });

  it('refuses fewer than six articles', () => {
    expect(failingFields(charterSchema.safeParse(withArticles(articles.slice(0, 5))))).toEqual(['articles']);
    expect(charterSchema.safeParse(withArticles(articles.slice(0, 6))).success).toBe(true);
  });

  it('names a detailed change that cites an article the charter does not have', () => {
    const changelog = structuredClone(charterData.changelog) as { details: { articles: number[] }[] }[];
    changelog[0]!.details[0]!.articles = [42];
    expect(failingFields(charterSchema.safeParse({ ...charterData, changelog }))).toEqual(['changelog.0.details.0.articles']);
  });

  it('refuses a commitment of more than one sentence', () => {
    const long = articles.map((a, i) => (i === 0 ? { ...a, commitment: 'Je dis vrai. Je ne mens jamais.' } : a));
    expect(failingFields(charterSchema.safeParse(withArticles(long)))).toEqual(['articles.0.commitment']);
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

  it('has eleven dilemmas, which between them reveal each of the five climates', () => {
    const kit = companyKitSchema.parse(kitData);
    expect(kit.dilemmas).toHaveLength(11);
    expect(new Set(kit.dilemmas.map((d) => d.climate))).toEqual(new Set(['respect', 'regles', 'lois-et-codes', 'independance', 'instrumental']));
  });

  it('has the cards on gifts during a tender, on competitors and on the companies’ article about pressure', () => {
    const kit = companyKitSchema.parse(kitData);
    expect(kit.dilemmas.map((d) => d.id)).toEqual(expect.arrayContaining(['appel-d-offres', 'concurrent', 'pression']));
    expect(kit.dilemmas.find((d) => d.id === 'pression')!.company).toEqual(expect.arrayContaining([1, 9]));
  });

  it('adopts the whole charter: no invitation to sign only some decisions', () => {
    const kit = companyKitSchema.parse(kitData);
    expect(kit.adoption.intro.join(' ')).not.toMatch(/ne signez que/);
    expect(kit.adoption.intro.join(' ')).toMatch(/s’adopte en entier/);
  });

  it('has the works council, the data protection officer and the compliance officer among its signatories, where they exist', () => {
    const kit = companyKitSchema.parse(kitData);
    expect(kit.adoption.signatories.filter((s) => /comité social|protection des données|conformité/i.test(s))).toHaveLength(3);
  });

  it('gives every article of the companies’ charter one to three indicators and an owner', () => {
    const companies = charterSchema.parse(companiesData);
    for (const article of companies.articles) {
      expect(article.indicators?.length, `article ${article.number}`).toBeGreaterThanOrEqual(1);
      expect(article.owner, `article ${article.number}`).toBeTruthy();
    }
  });

  it('refuses a companies’ charter where one article lacks what the others have (indicators and owner)', () => {
    const data = structuredClone(companiesData) as { articles: Record<string, unknown>[] };
    delete data.articles[2]!.owner;
    expect(charterSchema.safeParse(data).error?.issues.map((i) => i.path.join('.'))).toEqual(['articles.2']);
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

describe('the numbering rule: a changed commitment makes a major version', () => {
  const articles = [
    { number: 1, commitment: 'Je dis vrai.' },
    { number: 2, commitment: 'Je respecte un refus.' },
  ];
  const record = (version: string, texts: string[], numberingError?: string) => ({ version, commitments: texts.map((text, i) => ({ number: i + 1, text })), numberingError });

  it('accepts a minor version whose commitments did not change', () => {
    expect(versionRuleProblems(articles, [record('1.1', ['Je dis vrai.', 'Je respecte un refus.']), record('1.0', ['Je dis vrai.', 'Je respecte un refus.'])])).toEqual([]);
  });

  it('accepts a major version whose commitments changed', () => {
    expect(versionRuleProblems(articles, [record('2.0', ['Je dis vrai.', 'Je respecte un refus.']), record('1.0', ['Je dis vrai.', 'J’accepte un non.'])])).toEqual([]);
  });

  it('refuses a minor version whose commitment changed, naming the version and the article', () => {
    expect(versionRuleProblems(articles, [record('1.1', ['Je dis vrai.', 'Je respecte un refus.']), record('1.0', ['Je dis vrai.', 'J’accepte un non.'])])).toEqual([
      'version 1.1 : l’engagement des articles 2 a changé depuis la version 1.0, ce qui demande une version majeure (2.0), pas une version mineure',
    ]);
  });

  it('counts an added article as a changed commitment', () => {
    expect(versionRuleProblems(articles, [record('1.1', ['Je dis vrai.', 'Je respecte un refus.']), record('1.0', ['Je dis vrai.'])])).toHaveLength(1);
  });

  it('refuses a commitment edited in place, without a new version', () => {
    expect(versionRuleProblems(articles, [record('2.0', ['Je dis vrai.', 'J’accepte un non.'])])).toEqual([
      'les engagements des articles 2 diffèrent de ceux de la version 2.0 : un engagement changé demande une nouvelle version majeure (3.0)',
    ]);
  });

  it('lets a past version that broke the rule stand when it says so, and only then', () => {
    const older = record('1.0', ['Je dis vrai.', 'J’accepte un non.']);
    expect(versionRuleProblems(articles, [record('1.1', ['Je dis vrai.', 'Je respecte un refus.'], 'Numérotée à tort.'), older])).toEqual([]);
    expect(versionRuleProblems(articles, [record('2.0', ['Je dis vrai.', 'Je respecte un refus.'], 'Numérotée à tort.'), older])).toEqual([
      'version 2.0 : « numberingError » est posé alors que cette version respecte la règle',
    ]);
  });

  it('holds for both published charters, whose version 1.1 says it broke the rule', () => {
    const charter = charterSchema.parse(charterData);
    expect(charter.version).toBe('2.0');
    expect(charter.changelog.map((c) => c.version)).toEqual(['2.0', '1.1', '1.0']);
    expect(charter.changelog[1]!.numberingError).toBeDefined();
    expect(changedCommitments(charter.changelog[1]!.commitments, charter.changelog[2]!.commitments)).toEqual([6]);
    const companies = charterSchema.parse(parse(readFileSync('content/charte/fr/entreprises.yaml', 'utf8')));
    expect(changedCommitments(companies.changelog[0]!.commitments, companies.changelog[1]!.commitments)).toEqual([1, 3, 4, 9]);
  });

  it('fails the schema, hence the build, when a commitment changes with only a minor version', () => {
    const data = structuredClone(charterData) as { version: string; date: string; articles: { commitment: string }[]; changelog: Record<string, unknown>[] };
    data.articles[0]!.commitment = 'Je dis toujours la vérité sur mon offre, y compris sur ce qu’elle ne fait pas.';
    const snapshot = data.articles.map((a, i) => ({ number: i + 1, text: a.commitment }));
    data.version = '2.1';
    data.date = '2027-01-15';
    data.changelog.unshift({ version: '2.1', date: '2027-01-15', changes: ['Article 1 : engagement reformulé.'], commitments: snapshot });
    const result = charterSchema.safeParse(data);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'version 2.1 : l’engagement des articles 1 a changé depuis la version 2.0, ce qui demande une version majeure (3.0), pas une version mineure',
    ]);
  });
});
