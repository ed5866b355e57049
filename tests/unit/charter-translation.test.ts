import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleOgImage, bindLegalReference, charterOgImage, charterTextSpec, ogImageName } from '../../src/lib/charter';
import { translationProblems } from '../../src/lib/data-text';
import { APP_ROUTES, RouteMap, pairContentEntries } from '../../src/lib/routes';
import { buyersPageSchema, charterCollectionSchema, charterSchema, companyKitSchema, type BuyersPage, type Charter } from '../../src/schemas/charter';
import { pageEntries } from '../support/content-pages';
import { referencesSchema } from '../../src/schemas/references';

const read = (lang: string, name: string): unknown => parse(readFileSync(`content/charte/${lang}/${name}.yaml`, 'utf8'));

const charter = { fr: charterSchema.parse(read('fr', 'charte')), en: charterSchema.parse(read('en', 'charte')) };
const references = referencesSchema.parse(parse(readFileSync('content/site/references.yaml', 'utf8')));
const buyers = { fr: buyersPageSchema.parse(read('fr', 'acheteurs')), en: buyersPageSchema.parse(read('en', 'acheteurs')) };
const companies = { fr: charterSchema.parse(read('fr', 'entreprises')), en: charterSchema.parse(read('en', 'entreprises')) };
const kit = { fr: companyKitSchema.parse(read('fr', 'kit-entreprises')), en: companyKitSchema.parse(read('en', 'kit-entreprises')) };

/** The site's route table as the build makes it: app routes, content pages paired from content/pages/, charter articles. */
const routes = new RouteMap([
  ...APP_ROUTES,
  ...pairContentEntries(pageEntries()),
  ...charter.fr.articles.map(({ number }) => ({ fr: `/charte/article-${number}/`, en: `/en/charter/article-${number}/` })),
  ...companies.fr.articles.map(({ number }) => ({ fr: `/charte/entreprises/article-${number}/`, en: `/en/charter/companies/article-${number}/` })),
  // The questionnaires, which the companies' charter links to, at their English slugs.
  ...['engagement', 'climat-ethique', 'manager-leader'].map((id) => ({
    fr: `/diagnostic/${id}/`,
    en: `/en/assessment/${(JSON.parse(readFileSync(`content/diagnostics/en/${id}.json`, 'utf8')) as { segment: string }).segment}/`,
  })),
]);
const toEnglish = (href: string) => routes.localize(href, 'en');

/** The reference with its links, for the mutation tests. */
function linkedArticle(c: Charter): number {
  const index = c.articles.findIndex((a) => a.links.length > 0);
  if (index === -1) throw new Error('no article with links in the reference charter');
  return index;
}

describe('the English charter and page for buyers', () => {
  it('are valid entries of the charter collection, of the same kind as the French ones', () => {
    for (const lang of ['fr', 'en']) {
      expect(charterCollectionSchema.parse(read(lang, 'charte')).kind).toBe('charte');
      expect(charterCollectionSchema.parse(read(lang, 'acheteurs')).kind).toBe('acheteurs');
    }
  });

  it('follow the French reference exactly in structure, with localized links', () => {
    expect(translationProblems(charter.fr, charter.en, charterTextSpec(toEnglish))).toEqual([]);
    expect(translationProblems(buyers.fr, buyers.en, charterTextSpec(toEnglish))).toEqual([]);
  });

  it('include the companies’ charter and its kit, which follow the French reference too', () => {
    expect(translationProblems(companies.fr, companies.en, charterTextSpec(toEnglish))).toEqual([]);
    expect(translationProblems(kit.fr, kit.en, charterTextSpec(toEnglish))).toEqual([]);
    expect(companies.en.articles.map((a) => a.title)).not.toEqual(companies.fr.articles.map((a) => a.title));
    expect(kit.en.dilemmas.map((d) => d.situation)).not.toEqual(kit.fr.dilemmas.map((d) => d.situation));
  });

  it('link only to English pages', () => {
    const hrefs = JSON.stringify([charter.en, buyers.en]).match(/"href":"[^"]*"/g) ?? [];
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^"href":"\/en\//);
  });

  it('are translated, not copied', () => {
    expect(charter.en.title).not.toBe(charter.fr.title);
    charter.en.articles.forEach((article, i) => {
      const ref = charter.fr.articles[i]!;
      expect(article.title).not.toBe(ref.title);
      expect(article.commitment).not.toBe(ref.commitment);
      expect(article.promise).not.toBe(ref.promise);
    });
    expect(buyers.en.intro).not.toEqual(buyers.fr.intro);
  });
});

describe('translationProblems reports a translation that drifts from the reference', () => {
  const problems = (mutate: (c: Charter) => void) => {
    const en = structuredClone(charter.en);
    mutate(en);
    return translationProblems(charter.fr, en, charterTextSpec(toEnglish));
  };
  const buyersProblems = (mutate: (b: BuyersPage) => void) => {
    const en = structuredClone(buyers.en);
    mutate(en);
    return translationProblems(buyers.fr, en, charterTextSpec(toEnglish));
  };

  it('an article removed', () => {
    const n = charter.fr.articles.length;
    expect(problems((c) => c.articles.splice(2, 1))).toEqual([`articles : ${n - 1} élément(s) au lieu de ${n}`]);
  });

  it('a do-example removed', () => {
    const count = charter.fr.articles[0]!.do.length;
    expect(problems((c) => c.articles[0]!.do.pop())).toEqual([`articles[0].do : ${count - 1} élément(s) au lieu de ${count}`]);
  });

  it('the version changed, in the header or the changelog', () => {
    expect(problems((c) => (c.version = '9.9'))).toEqual([`version : « 9.9 » au lieu de « ${charter.fr.version} »`]);
    expect(problems((c) => (c.changelog[0]!.version = '3.0'))).toEqual([`changelog[0].version : « 3.0 » au lieu de « ${charter.fr.changelog[0]!.version} »`]);
  });

  it('an article number or a date changed', () => {
    expect(problems((c) => (c.articles[1]!.number = 99))).toEqual([`articles[1].number : 99 au lieu de ${charter.fr.articles[1]!.number}`]);
    expect(problems((c) => (c.date = new Date('2030-01-01')))).toEqual(['date : date différente de la version de référence']);
  });

  it('a link left at its French address, or pointing elsewhere', () => {
    const i = linkedArticle(charter.fr);
    const french = charter.fr.articles[i]!.links[0]!.href;
    const expected = toEnglish(french);
    expect(expected).not.toBe(french);
    expect(problems((c) => (c.articles[i]!.links[0]!.href = french))).toEqual([`articles[${i}].links[0].href : « ${french} » au lieu de « ${expected} »`]);
    expect(problems((c) => (c.articles[i]!.links[0]!.href = '/en/'))).toHaveLength(1);
  });

  it('a link removed or a fragment lost on the page for buyers', () => {
    const step = buyers.fr.report.findIndex((s) => s.link);
    expect(buyersProblems((b) => delete b.report[step]!.link)).toEqual([`report[${step}].link : absent de la traduction`]);
    const i = charter.fr.articles.findIndex((a) => a.links.some((l) => l.href.includes('#')));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(problems((c) => (c.articles[i]!.links[0]!.href = c.articles[i]!.links[0]!.href.replace(/#.*$/, '')))).toHaveLength(1);
  });

  it('a field the reference does not have', () => {
    expect(buyersProblems((b) => Object.assign(b, { extra: ['A paragraph the French page does not have.'] }))).toEqual(['extra : absent de la version de référence']);
  });

  it('several drifts at once, each listed', () => {
    expect(
      problems((c) => {
        c.version = '9.9';
        c.articles[0]!.do.pop();
        c.preamble.push('An extra paragraph of preamble that the reference does not have.');
      }),
    ).toHaveLength(3);
  });

  it('a reference link to a page the route table does not know throws, naming it', () => {
    const fr = structuredClone(charter.fr);
    fr.articles[linkedArticle(fr)]!.links[0]!.href = '/page-disparue/';
    expect(() => translationProblems(fr, charter.en, charterTextSpec(toEnglish))).toThrow('« /page-disparue/ »');
  });
});

describe('share images', () => {
  it('keep French names and prefix other languages', () => {
    expect(ogImageName('article-3', 'fr')).toBe('article-3');
    expect(ogImageName('article-3', 'en')).toBe('en-article-3');
    expect(charterOgImage('fr', 'salesperson')).toBe('/og/charte/charte.png');
    expect(charterOgImage('en', 'salesperson')).toBe('/og/charte/en-charte.png');
    expect(articleOgImage(3, 'fr', 'salesperson')).toBe('/og/charte/article-3.png');
    expect(articleOgImage(3, 'fr', 'salesperson')).toBe('/og/charte/article-3.png');
    expect(articleOgImage(12, 'en', 'salesperson')).toBe('/og/charte/en-article-12.png');
  });
});

describe('bindLegalReference in English', () => {
  it('binds “no.” to the law number as « n° » is in French', () => {
    expect(bindLegalReference('Sapin II Act (law no. 2016-1691 of December 9, 2016), art. 17')).toBe('Sapin II Act (law no.\u00A02016-1691 of December 9, 2016), art.\u00A017');
    expect(bindLegalReference('no. 2004-575')).toBe('no.\u00A02004-575');
  });

  it('binds English references to French codes as in French', () => {
    expect(bindLegalReference('French Consumer Code (Code de la consommation), art. L. 121-2 to L. 121-4')).toBe(
      'French Consumer Code (Code de la consommation), art.\u00A0L.\u00A0121-2 to L.\u00A0121-4',
    );
  });

  it('leaves “no.” alone inside a word or before a word', () => {
    expect(bindLegalReference('casino. 2 tables')).toBe('casino. 2 tables');
    expect(bindLegalReference('the answer is no. then we stop')).toBe('the answer is no. then we stop');
    expect(bindLegalReference('Say no. Refuse it')).toBe('Say no. Refuse it');
    expect(bindLegalReference('Law No. 2016-1691')).toBe('Law No.\u00A02016-1691');
  });

  it('binds every English law reference label', () => {
    for (const { label } of references.references) expect(bindLegalReference(label.en), label.en).not.toMatch(/(?:^|[\s(])(?:art\.|L\.|R\.|D\.|no\.) \d/);
  });
});
