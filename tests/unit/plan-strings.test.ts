import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frenchTypography } from '../../src/lib/typography';
import { planTranslator } from '../../src/components/islands/assessment/plan-strings';

const fr = JSON.parse(readFileSync('content/i18n/fr/plan.json', 'utf8')) as Record<string, string>;

describe('the plan strings', () => {
  // The island bundles content/i18n/*/plan.json as they are, without the build's typesetter.
  it('are stored typeset in French', () => {
    for (const [key, value] of Object.entries(fr)) expect(value, key).toBe(frenchTypography(value));
  });

  it('follow the page language', () => {
    expect(planTranslator('en')('plan.title')).toBe('Your action plan');
    expect(planTranslator('fr')('plan.title')).toBe('Votre plan d’action');
  });
});
