/**
 * French texts a reader must never meet on an English page, read from the French data files:
 * every UI string that differs from its English twin, questionnaire texts, charter texts and
 * readiness rules. Used by the static check of the built English pages (tests/dist/i18n.test.ts)
 * and by the browser check of English results (tests/e2e/i18n.spec.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { rawDictionary } from './site-data';

/** Lower-case words between single spaces (with one at each end): punctuation, quotes, entities' leftovers and spaces of either language ignored. */
export const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/**
 * The French strings split at their placeholders, as runs of at least four words (shorter runs,
 * such as « Manager-leader » or « Engagement », and formulas are the same in both languages).
 */
function frenchPhrases(): string[] {
  const strings: string[] = [];
  // Addresses and the names of French laws (quoted as such in English: « French Commercial Code (Code de commerce) ») are not prose.
  const notProse = new Set(['href', 'guide', 'ref']);
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.entries(value).forEach(([key, v]) => notProse.has(key) || collect(v));
  };
  const english = rawDictionary('en');
  for (const [key, value] of Object.entries(rawDictionary('fr'))) if (english[key] !== value) collect(value);
  for (const file of readdirSync('content/diagnostics').filter((f) => f.endsWith('.json'))) collect(JSON.parse(readFileSync(join('content/diagnostics', file), 'utf8')));
  for (const file of readdirSync('content/charte/fr')) collect(parse(readFileSync(join('content/charte/fr', file), 'utf8')));
  collect(parse(readFileSync('content/readiness/regles.yaml', 'utf8')));
  const runs = strings.flatMap((s) => s.split(/\{\w+\}/)).map(words);
  return [...new Set(runs.filter((run) => run.split(' ').filter((w) => /\p{L}{2}/u.test(w)).length >= 4))];
}

export const phrases = frenchPhrases();

/** The French phrases found in `text`. */
export const frenchIn = (text: string) => {
  const found = words(text);
  return phrases.filter((phrase) => found.includes(phrase)).map((phrase) => phrase.trim());
};
