/**
 * The English edition's term base (content/i18n/terms.yaml), read and checked: each French term
 * with the one English term the site uses and the variants a page must not use. Used by the check
 * of the built English pages (tests/dist/english.test.ts).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const entry = z.strictObject({
  /** The French term, as the French pages use it. */
  fr: z.string().min(1),
  /** The one English term. */
  en: z.string().min(1),
  /** Why, when the choice is not obvious. */
  note: z.string().optional(),
  /** Variants an English page must not use: regular expressions on whole words. */
  variants: z.array(z.string().min(1)).min(1),
  /** Match the variants with their case (a name's capitals). */
  caseSensitive: z.boolean().optional(),
});

const termBase = z.strictObject({ terms: z.array(entry).min(1), calques: z.array(entry) });

export type TermEntry = z.infer<typeof entry> & { kind: 'term' | 'calque'; patterns: RegExp[] };

/** Reads the term base; throws naming the file and the field when it does not fit. */
export function loadTermBase(file = 'content/i18n/terms.yaml'): TermEntry[] {
  const parsed = termBase.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} : ${parsed.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`).join(' ; ')}`);
  const compile = (e: z.infer<typeof entry>, kind: TermEntry['kind']): TermEntry => ({
    ...e,
    kind,
    patterns: e.variants.map((v) => new RegExp(`(?<![\\p{L}\\d])(?:${v})(?![\\p{L}\\d])`, e.caseSensitive ? 'gu' : 'giu')),
  });
  return [...parsed.data.terms.map((e) => compile(e, 'term')), ...parsed.data.calques.map((e) => compile(e, 'calque'))];
}

/** The variants of the term base used in `text`, each with the term to use instead. */
export function termVariantsIn(text: string, terms: readonly TermEntry[]): { found: string; use: string }[] {
  return terms.flatMap((term) => term.patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ found: m[0], use: term.en }))));
}
