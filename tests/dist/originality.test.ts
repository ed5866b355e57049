/**
 * The ten-word rule: no run of ten consecutive words of the source documents appears in the
 * built site or in content/. Reads the seeds from ../shared/seeds/ (or SEEDS_DIR); fails when they
 * are absent, unless SKIP_ORIGINALITY=1 says to skip (printed).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from '../support/dist';

const seedsDir = resolve(process.env.SEEDS_DIR ?? '../shared/seeds');
const RUN = 10;

function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().replace(/\u2019/g, "'").match(/[\p{L}\p{N}_']+/gu) ?? [];
}

function runs(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + RUN <= list.length; i++) out.add(list.slice(i, i + RUN).join(' '));
  return out;
}

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full, pattern) : pattern.test(name) ? [full] : [];
  });
}

function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&(lt|gt|quot|apos);/g, ' ');
}

// Without the seeds the test fails, unless the run says it does without them: SKIP_ORIGINALITY=1
// (for instance a clone that has no access to the source documents), printed with the reason.
const skipped = process.env.SKIP_ORIGINALITY === '1';
if (skipped) console.warn(`SKIP_ORIGINALITY=1 : vérification d'originalité sautée à la demande (documents sources attendus dans ${seedsDir}).`);

test.skipIf(skipped)('aucune suite de dix mots des documents sources dans le site', () => {
  expect(existsSync(seedsDir), `documents sources absents (${seedsDir}) : donnez SEEDS_DIR, ou SKIP_ORIGINALITY=1 pour sauter ce test en le disant`).toBe(true);
  expect(files(distDir, /\.html$/).length, `pages HTML dans ${distDir}`).toBeGreaterThan(0);
  const seed = new Set<string>();
  for (const file of files(seedsDir, /\.(txt|md)$/)) for (const run of runs(words(readFileSync(file, 'utf8')))) seed.add(run);
  expect(seed.size).toBeGreaterThan(100);

  const copied: string[] = [];
  const check = (label: string, text: string) => {
    for (const run of runs(words(text))) if (seed.has(run)) copied.push(`${label} : « ${run} »`);
  };
  for (const file of files(distDir, /\.html$/)) check(relative(distDir, file), htmlText(readFileSync(file, 'utf8')));
  for (const file of files(resolve('content'), /\.(mdx?|json|ya?ml)$/)) check(relative('.', file), readFileSync(file, 'utf8'));
  expect(copied).toEqual([]);
});
