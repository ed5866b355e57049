/**
 * The content pages as the `pages` collection sees them, read from `content/pages/` without Astro:
 * each MDX file's id (path without extension, a trailing `/index` dropped, as Astro's glob loader
 * does) and its front matter checked by the page schema. Used by the route and charter unit tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { pageSchema, type PageData } from '../../src/schemas/page';
import type { ContentEntryRef } from '../../src/lib/routes';

export const PAGES_DIR = 'content/pages';

/** Every MDX file under `content/pages/<lang>/`, relative to that folder (`guide/e-mc4.mdx`), sorted. */
export function pageFiles(lang: string): string[] {
  return readdirSync(`${PAGES_DIR}/${lang}`, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => f.endsWith('.mdx'))
    .sort();
}

/** Returns the front matter of an MDX file, validated by the page schema (throws naming the file). */
export function frontMatter(file: string): PageData {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file} : pas de front matter`);
  const result = pageSchema.safeParse(parse(match[1]!));
  if (!result.success) throw new Error(`${file} : ${result.error.message}`);
  return result.data;
}

/** Every content page of every language folder as the entry reference `pairContentEntries` takes. */
export function pageEntries(langs: readonly string[] = ['fr', 'en']): ContentEntryRef[] {
  return langs.flatMap((lang) =>
    pageFiles(lang).map((file) => {
      const data = frontMatter(`${PAGES_DIR}/${lang}/${file}`);
      const id = `${lang}/${file.replace(/\.mdx$/, '')}`.replace(/\/index$/, '');
      return { id, section: data.section, segment: data.segment, untranslated: data.untranslated };
    }),
  );
}
