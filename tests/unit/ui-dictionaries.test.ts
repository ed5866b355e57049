import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { dictionaryGaps } from '../../src/lib/i18n';
import { typesetter } from '../../src/lib/typography';
import { uiSchema } from '../../src/schemas/ui';
import { useCollections } from './data/content';

// The real loader (src/data/dictionaries.ts) over the real files: `astro:content` serves them as the
// `ui` collection does (id `<lang>/<file>`, data validated by the collection's schema).
vi.mock('astro:content', () => import('./data/content'));

const DIR = 'content/i18n';
const LANGS = ['fr', 'en'] as const;

const files = (lang: string) => readdirSync(`${DIR}/${lang}`).filter((f) => f.endsWith('.json')).sort();
const area = (file: string) => file.replace(/\.json$/, '');
const read = (lang: string, file: string) => uiSchema.parse(JSON.parse(readFileSync(`${DIR}/${lang}/${file}`, 'utf8')));

/** The `{name}` placeholders of a template, as `format()` in src/lib/i18n.ts fills them, sorted and unique. */
const placeholders = (template: string) => [...new Set([...template.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]!))].sort();

/** Key → collection id of its file (`fr/site`), per language: input for `dictionaryGaps`. */
function origins(lang: string): Map<string, string> {
  const origin = new Map<string, string>();
  for (const file of files(lang)) for (const key of Object.keys(read(lang, file))) origin.set(key, `${lang}/${area(file)}`);
  return origin;
}

/** The merged dictionaries as the build loads them, from every file of content/i18n/. */
async function loaded() {
  useCollections({ ui: LANGS.flatMap((lang) => files(lang).map((file) => ({ id: `${lang}/${area(file)}`, data: read(lang, file) }))) });
  vi.resetModules();
  const { getDictionary } = await import('../../src/data/dictionaries');
  return { fr: await getDictionary('fr'), en: await getDictionary('en') };
}

describe('the UI dictionaries in content/i18n/', () => {
  it('have the same files in both languages', () => {
    expect(files('fr').length).toBeGreaterThan(0);
    expect(files('en')).toEqual(files('fr'));
  });

  describe.each(files('fr'))('%s', (file) => {
    const fr = read('fr', file);
    const en = read('en', file);

    it('defines the same keys in both languages', () => {
      expect(Object.keys(en).filter((k) => !(k in fr)), `keys only in en/${file}`).toEqual([]);
      expect(Object.keys(fr).filter((k) => !(k in en)), `keys only in fr/${file}`).toEqual([]);
    });

    it('has no empty or blank value', () => {
      for (const lang of LANGS) {
        const dict = lang === 'fr' ? fr : en;
        for (const [key, value] of Object.entries(dict)) expect(value.trim(), `${lang}/${file} « ${key} »`).not.toBe('');
      }
    });

    it('has the same {placeholders} in both values of a key', () => {
      for (const key of Object.keys(fr)) expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(fr[key]!));
    });

    it('has no French typography or accented letters in its English values', () => {
      for (const [key, value] of Object.entries(en)) expect(value, key).not.toMatch(/[«»\u202FàâçéèêëîïôœùûÀÇÉÈ]/);
    });
  });

  it('load through the build’s loader, every key of every file in both merged dictionaries, French typeset', async () => {
    // The loader fails on a key defined in two files of a language, or missing in the other one.
    const { fr, en } = await loaded();
    const keys = (lang: string) => files(lang).flatMap((file) => Object.keys(read(lang, file))).sort();
    expect(Object.keys(fr).sort()).toEqual(keys('fr'));
    expect(Object.keys(en).sort()).toEqual(keys('fr'));
    const typeset = typesetter('fr');
    for (const file of files('fr')) for (const [key, value] of Object.entries(read('fr', file))) expect(fr[key], key).toBe(typeset(value));
  });
});

describe('dictionaryGaps', () => {
  it('reports a key missing in English, naming the key, the file that has it and the file to complete', () => {
    const en = origins('en');
    const [key, id] = [...origins('fr')].find(([, id]) => id === 'fr/site')!;
    en.delete(key);
    const gaps = dictionaryGaps({ fr: origins('fr'), en });
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toContain(`« ${key} »`);
    expect(gaps[0]).toContain(`content/i18n/${id}.json`);
    expect(gaps[0]).toContain('manque en en');
    expect(gaps[0]).toContain('content/i18n/en/site.json');
  });

  it('reports a key missing in French the same way', () => {
    const gaps = dictionaryGaps({
      fr: new Map([['nav.home', 'fr/site']]),
      en: new Map([
        ['nav.home', 'en/site'],
        ['team.only', 'en/team'],
      ]),
    });
    expect(gaps).toEqual(['« team.only » (content/i18n/en/team.json) manque en fr : ajoutez-la à content/i18n/fr/team.json']);
  });

  it('reports every gap of every language', () => {
    const gaps = dictionaryGaps({ fr: new Map([['a.fr', 'fr/site']]), en: new Map([['a.en', 'en/site']]) });
    expect(gaps).toHaveLength(2);
    expect(gaps.join('\n')).toMatch(/« a\.en ».*manque en fr/);
    expect(gaps.join('\n')).toMatch(/« a\.fr ».*manque en en/);
  });

  it('is empty for identical key sets, whatever file holds each key', () => {
    expect(dictionaryGaps({ fr: new Map([['a.b', 'fr/site']]), en: new Map([['a.b', 'en/charte']]) })).toEqual([]);
  });
});
