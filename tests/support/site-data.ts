/**
 * What the tests expect, read from the data the site is built from rather than written out again:
 * interface strings from content/i18n/<lang>/*.json with the typography the site applies at load
 * (src/data/dictionaries.ts, with src/lib/typography.ts), the charters and the companies' kit from
 * content/charte/<lang>/*.yaml and the readiness rules from content/readiness/regles.yaml, checked
 * by their schemas, as written (no typography). A change of wording in the data then changes the
 * expectation with it. Node only (no Astro, no browser).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { translator, type Dictionary } from '../../src/lib/i18n';
import { typesetter } from '../../src/lib/typography';
import { charterSchema, companyKitSchema, type Charter, type CompanyKit } from '../../src/schemas/charter';
import { CHARTERS, type CharterId } from '../../src/lib/charter';
import { readinessSchema, type Readiness } from '../../src/schemas/readiness';

export type Lang = 'fr' | 'en';

/** Every interface string of `lang` as written in its files (no typography), all files merged. */
export function rawDictionary(lang: Lang): Dictionary {
  const folder = `content/i18n/${lang}`;
  return Object.assign({}, ...readdirSync(folder).map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as Record<string, string>)) as Dictionary;
}

/** The translator of `lang` as pages use it: typography applied to each string, then `{name}` filled in. */
export function ui(lang: Lang): ReturnType<typeof translator> {
  const typeset = typesetter(lang);
  return translator(Object.fromEntries(Object.entries(rawDictionary(lang)).map(([key, value]) => [key, typeset(value)])), lang);
}

/** Folds every run of spaces (no-break and narrow ones included) to one space: text as Playwright's matchers compare it. */
export const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The translator of `lang` for browser assertions: the page's string (see `ui`) with its spaces folded. */
export function uiText(lang: Lang): ReturnType<typeof translator> {
  const t = ui(lang);
  return (key, values) => plain(t(key, values));
}

/**
 * A pattern for the string of `key` as the page shows it: its `{placeholders}` match any text (a
 * link, a number), its spaces any run of spaces. For a sentence built around a link or a value.
 */
export function uiPattern(lang: Lang, key: string): RegExp {
  // A `{name}` placeholder or a plural choice (`{count, plural, one {…} other {…}}`) matches anything.
  const parts = ui(lang)(key).split(/\{\w+, plural,(?:[^{}]|\{[^{}]*\})*\}|\{\w+\}/);
  return new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('.*'));
}

/** The search page's status line counting results for `query` (one or many): any count, any spaces. */
export function searchCount(lang: Lang, query: string): RegExp {
  const line = (key: string) => uiText(lang)(key, { query, count: '#' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('#', '\\d+').replace(/\s+/g, '\\s+');
  return new RegExp(`${line('search.one')}|${line('search.many')}`);
}

/** Parses the YAML file `file` with `schema`; throws naming the file when it does not fit. */
function yamlFile<T>(file: string, schema: { parse(data: unknown): T }): T {
  try {
    return schema.parse(parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`${file} : ${String(error)}`);
  }
}

/** Parses a YAML file of content/charte/<lang>/ with `schema`. */
const charterFile = <T>(lang: Lang, name: string, schema: { parse(data: unknown): T }): T => yamlFile(`content/charte/${lang}/${name}.yaml`, schema);

/** The team view's readiness rules (content/readiness/regles.yaml), as written. */
export function readinessRules(): Readiness {
  return yamlFile('content/readiness/regles.yaml', readinessSchema);
}

/** Charter `id` of `lang` (the salespeople's `charte.yaml`, the companies' `entreprises.yaml`), as written. */
export function charter(lang: Lang, id: CharterId): Charter {
  return charterFile(lang, CHARTERS[id].file, charterSchema);
}

/** The companies' adoption kit of `lang`, as written. */
export function companyKit(lang: Lang): CompanyKit {
  return charterFile(lang, 'kit-entreprises', companyKitSchema);
}
