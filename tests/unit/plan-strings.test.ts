import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishTypography, frenchTypography } from '../../src/lib/typography';
import { planStrings } from '../../src/components/islands/assessment/plan-strings';

const fr = JSON.parse(readFileSync('content/i18n/fr/plan.json', 'utf8')) as Record<string, string>;
const en = JSON.parse(readFileSync('content/i18n/en/plan.json', 'utf8')) as Record<string, string>;

describe('the plan strings', () => {
  // The island bundles content/i18n/*/plan.json as they are, without the build's typesetter.
  it('are stored typeset in French', () => {
    for (const [key, value] of Object.entries(fr)) expect(value, key).toBe(frenchTypography(value));
  });

  it('are stored typeset in English (typographic quotes and apostrophes)', () => {
    for (const [key, value] of Object.entries(en)) expect(value, key).toBe(englishTypography(value));
  });

  it('follow the page language as <html lang> gives it (`en-GB` on English pages)', () => {
    expect(planStrings('en-GB')['plan.intro']).toBe(en['plan.intro']);
    expect(planStrings('en')['plan.intro']).toBe(en['plan.intro']);
    expect(planStrings('fr')['plan.intro']).toBe(fr['plan.intro']);
  });

  it('define every key the plan components look up', () => {
    const sources = ['Plan.tsx', 'ResultImage.tsx', 'Results.tsx'].map((f) => readFileSync(`src/components/islands/assessment/${f}`, 'utf8')).join('\n');
    const used = [...sources.matchAll(/'(plan\.[a-zA-Z.]+)'/g)].map((m) => m[1]!);
    const prefixes = [...sources.matchAll(/`(plan\.[a-zA-Z.]+\.)\$\{/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(15);
    expect(used.filter((key) => !(key in fr))).toEqual([]);
    // Keys built from a prefix (`plan.link.${error}`): one per kind of error or refusal.
    expect(prefixes.sort()).toEqual(['plan.link.', 'plan.refused.']);
    expect(['version', 'format', 'date', 'count', 'action', 'text'].filter((k) => !(`plan.link.${k}` in fr))).toEqual([]);
    expect(['past', 'date', 'full', 'text'].filter((k) => !(`plan.refused.${k}` in fr))).toEqual([]);
  });
});
