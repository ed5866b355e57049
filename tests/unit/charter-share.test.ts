import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleShare, charterShare } from '../../src/components/charter/share-content';
import { linkedInAddToProfileUrl, shareLinks } from '../../src/lib/share';
import { translator } from '../../src/lib/i18n';
import { frenchTypography } from '../../src/lib/typography';
import { charterSchema } from '../../src/schemas/charter';
import { charterTextSpec } from '../../src/lib/charter';
import { mapText } from '../../src/lib/data-text';

/** The charter typeset, as `getCharter` serves it. */
const charter = mapText(charterSchema.parse(parse(readFileSync('content/charte/fr/charte.yaml', 'utf8'))), frenchTypography, charterTextSpec());
/** The charter's UI strings with French typography applied, as `getDictionary` serves them. */
const strings = JSON.parse(readFileSync('content/i18n/fr/charter.json', 'utf8')) as Record<string, string>;
const t = translator(Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, frenchTypography(value)])), 'fr');
const absolute = (route: string) => new URL(route, 'https://vente-engagee.fr').href;

describe('charterShare', () => {
  it('shares the charter page itself', () => {
    const share = charterShare(charter, t, absolute, 'salesperson');
    expect(share.url).toBe('https://vente-engagee.fr/charte/');
    expect(share.title).toBe('Charte éthique du commercial');
    expect(share.text).toContain('12 engagements');
  });
});

describe('articleShare', () => {
  const article = charter.articles[2]!;
  const share = articleShare(charter, article, t, absolute, 'salesperson');

  it('shares the article’s own page, which carries its commentary and its preview image', () => {
    expect(share.url).toBe('https://vente-engagee.fr/charte/article-3/');
  });

  it('names the article in the subject and quotes its commitment in the e-mail body', () => {
    expect(share.title).toBe('Charte éthique du commercial, article 3\u202F: Des prix et des conditions clairs');
    expect(share.body).toContain('Je présente le prix complet');
  });

  it('gives links whose targets carry the article page', () => {
    const links = shareLinks(share);
    expect(links.linkedin).toBe('https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fvente-engagee.fr%2Fcharte%2Farticle-3%2F');
    expect(new URL(links.x).searchParams.get('url')).toBe(share.url);
    expect(decodeURIComponent(links.email)).toContain(share.url);
  });
});

describe('linkedInAddToProfileUrl', () => {
  const entry = { name: 'Charte éthique du commercial, version 1.1', organization: 'Vente engagée', year: 2026, month: 11, url: 'https://vente-engagee.fr/charte/' };

  it('prefills LinkedIn’s licences and certifications form with the charter’s name, version, date and address', () => {
    const link = new URL(linkedInAddToProfileUrl(entry));
    expect(link.origin + link.pathname).toBe('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'Charte éthique du commercial, version 1.1',
      organizationName: 'Vente engagée',
      issueYear: '2026',
      issueMonth: '11',
      certUrl: 'https://vente-engagee.fr/charte/',
    });
  });

  it('encodes spaces as %20 and carries no identifier of the reader', () => {
    const link = linkedInAddToProfileUrl(entry);
    expect(link).not.toContain('+');
    expect(link).not.toMatch(/certId|organizationId/);
  });

  it('refuses a month outside 1 to 12', () => {
    expect(() => linkedInAddToProfileUrl({ ...entry, month: 0 })).toThrow(RangeError);
    expect(() => linkedInAddToProfileUrl({ ...entry, month: 13 })).toThrow(RangeError);
  });
});
