/**
 * The fourth questionnaire, « Charte des entreprises » (issue 25): one dimension per article of the
 * companies' charter, in the charter's order, with the same construction rules as the three others.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { instrumentSchema } from '../../src/schemas/instrument';
import { uniformScores } from '../../src/lib/scoring';
import companies from '../../content/diagnostics/charte-entreprises.json';
import companiesEn from '../../content/diagnostics/en/charte-entreprises.json';

const instrument = instrumentSchema.parse(companies);
const charter = parse(readFileSync('content/charte/fr/entreprises.yaml', 'utf8')) as { articles: { number: number; title: string }[] };

describe('the companies’ charter questionnaire', () => {
  it('has one score per article of the companies’ charter, in the charter’s order, named after it', () => {
    expect(instrument.dimensions.map((d) => d.name)).toEqual(charter.articles.map((a) => a.title));
    instrument.dimensions.forEach((d, i) => expect(d.guide).toBe(`/charte/entreprises/#article-${charter.articles[i]!.number}`));
  });

  it('asks two to four items per article, half of them reverse-keyed', () => {
    for (const d of instrument.dimensions) {
      const items = instrument.items.filter((i) => i.dimension === d.id);
      expect(items.length, d.id).toBeGreaterThanOrEqual(2);
      expect(items.length, d.id).toBeLessThanOrEqual(4);
      expect(items.filter((i) => i.reverse).length * 2, d.id).toBe(items.length);
    }
  });

  it('lands every article between 40 and 60 when someone agrees with everything', () => {
    for (const answer of [5, 4] as const) {
      for (const score of uniformScores(instrument.dimensions, instrument.items, answer)) {
        expect(score).toBeGreaterThanOrEqual(40);
        expect(score).toBeLessThanOrEqual(60);
      }
    }
  });

  it('writes reverse-keyed items as statements, not negations, in French and in English', () => {
    const en = companiesEn.items as Record<string, { text: string }>;
    for (const item of instrument.items.filter((i) => i.reverse)) {
      expect(item.text, item.id).not.toMatch(/\bne\b|\bn’/);
      expect(en[item.id]!.text, item.id).not.toMatch(/\b(not|no|never|rarely|few|without)\b|n't/i);
    }
  });

  it('says « chez nous » (« here ») for the company in every item, so the committee can answer the same items', () => {
    for (const item of instrument.items) expect(item.text, item.id).toMatch(/^Chez nous, /);
    for (const [id, item] of Object.entries(companiesEn.items)) expect(item.text, id).toMatch(/^Here, /);
  });

  it('stays out of the readiness synthesis, offers « ne s’applique pas » where a job may lack the thing asked, and has its own code letter', () => {
    expect(instrument.readiness).toBe(false);
    expect(instrument.items.filter((i) => i.notApplicable).map((i) => i.id)).toEqual(['rem-1', 'out-2']);
    expect(instrument.code).toBe('K');
    expect(instrument.version).toBe(1);
  });
});
