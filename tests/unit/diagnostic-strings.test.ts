/**
 * Every UI string key the assessment components use exists in content/i18n/fr/diagnostic.json,
 * so an island never meets a missing key at run time (the translator would throw).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import strings from '../../content/i18n/fr/diagnostic.json';
import diagrams from '../../content/i18n/fr/diagrams.json';
import { uiSchema } from '../../src/schemas/ui';

const read = (dirs: string[]) => dirs.flatMap((dir) => readdirSync(dir).filter((f) => /\.(tsx?|astro)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')));
/** Pages and static components use full keys (`diagnostic.paper.title`). */
const pages = read(['src/components/assessment', 'src/pages/diagnostic', 'src/pages/diagnostic/[instrument]', 'src/pages/diagnostic/[instrument]/papier', 'src/pages/diagnostic/methodologie']);
/** The island gets its strings without the `diagnostic.` prefix (`t('results.title')`), as do code messages. */
const island = [readFileSync('src/components/islands/Assessment.tsx', 'utf8'), ...read(['src/components/islands/assessment'])];
const messages = readFileSync('src/lib/code-messages.ts', 'utf8');

describe('diagnostic strings', () => {
  it('is a valid UI dictionary', () => {
    expect(uiSchema.safeParse(strings).success).toBe(true);
  });

  it('has every key the components look up', () => {
    const full = pages.flatMap((src) => [...src.matchAll(/['`](diagnostic\.[a-zA-Z0-9.-]+)['`]/g)].map((m) => m[1]!));
    const bare = island.flatMap((src) => [...src.matchAll(/\bt\(\s*(?:[^'`()]*\?\s*)?['`]([a-zA-Z][a-zA-Z0-9.-]*)['`]/g)].map((m) => `diagnostic.${m[1]!}`));
    // Plan keys (`plan.*`) live in plan.json and are checked by plan-strings.test.ts.
    const alternatives = island.flatMap((src) => [...src.matchAll(/\?\s*'([a-z][a-zA-Z0-9.-]+)'\s*:\s*'([a-z][a-zA-Z0-9.-]+)'/g)].flatMap((m) => [m[1]!, m[2]!]).filter((key) => !key.startsWith('plan.')).map((key) => `diagnostic.${key}`));
    const fromMessages = [...messages.matchAll(/key: ['`]([a-z][a-zA-Z0-9.-]+)['`]/g)].map((m) => `diagnostic.${m[1]!}`);
    const used = new Set([...full, ...bare, ...alternatives, ...fromMessages]);
    // The climate grid of the results view uses the ethics page's diagram strings, under their full keys.
    const missing = [...used].map((key) => key.replace(/^diagnostic\.(diagram\.)/, '$1')).filter((key) => !(key in strings) && !(key in diagrams));
    expect(bare.length).toBeGreaterThan(40);
    expect(full.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('has a message for every way a code can be refused', () => {
    const kinds = ['empty', 'malformed-characters', 'malformed-length', 'malformed-values', 'checksum', 'unknown-instrument', 'unknown-version', 'other-instrument'];
    expect(kinds.filter((k) => !(`diagnostic.code.error.${k}` in strings))).toEqual([]);
  });
});
