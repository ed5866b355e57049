/**
 * Every UI string key the assessment components use exists in content/i18n/fr/diagnostic.json,
 * so an island never meets a missing key at run time (the translator would throw).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import strings from '../../content/i18n/fr/diagnostic.json';
import { uiSchema } from '../../src/schemas/ui';

const read = (dirs: string[]) => dirs.flatMap((dir) => readdirSync(dir).filter((f) => /\.(tsx?|astro)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')));
/** Views, static components, the island and code messages all use whole keys (`diagnostic.paper.title`). */
const views = ['Assessment', 'AssessmentPaper', 'AssessmentMethodology', 'Assessments'].map((name) => readFileSync(`src/views/${name}.astro`, 'utf8'));
const pages = [...read(['src/components/assessment']), ...views];
const island = [readFileSync('src/components/islands/Assessment.tsx', 'utf8'), ...read(['src/components/islands/assessment']), readFileSync('src/lib/code-messages.ts', 'utf8')];
/** Prefixes that type a translator (`KeysUnder<'diagnostic.review'>`): not keys, but each must have keys under it. */
const TYPED_PREFIX = /KeysUnder<([^>]*)>/g;
const keysIn = (sources: string[]) => sources.flatMap((src) => [...src.replace(TYPED_PREFIX, '').matchAll(/['`](diagnostic\.[a-zA-Z0-9.-]+)['`]/g)].map((m) => m[1]!));
const prefixesIn = (sources: string[]) => sources.flatMap((src) => [...src.matchAll(TYPED_PREFIX)].flatMap((m) => [...m[1]!.matchAll(/'(diagnostic\.[a-zA-Z0-9.-]+)'/g)].map((p) => p[1]!)));

describe('diagnostic strings', () => {
  it('is a valid UI dictionary', () => {
    expect(uiSchema.safeParse(strings).success).toBe(true);
  });

  it('has every key the components look up', () => {
    const full = keysIn(pages);
    const fromIsland = keysIn(island);
    const missing = [...new Set([...full, ...fromIsland])].filter((key) => !(key in strings));
    expect(fromIsland.length).toBeGreaterThan(40);
    expect(full.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('has keys under every prefix that types a translator', () => {
    const prefixes = prefixesIn(island);
    expect(prefixes).toContain('diagnostic.review');
    expect(prefixes.filter((prefix) => !Object.keys(strings).some((key) => key.startsWith(`${prefix}.`)))).toEqual([]);
  });

  it('has a message for every way a code can be refused', () => {
    const kinds = ['empty', 'malformed-characters', 'malformed-length', 'malformed-values', 'checksum', 'unknown-instrument', 'unknown-version', 'other-instrument'];
    expect(kinds.filter((k) => !(`diagnostic.code.error.${k}` in strings))).toEqual([]);
  });
});
