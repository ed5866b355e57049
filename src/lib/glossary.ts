/**
 * Glossary on the spot: the first use of a glossary term in a content page becomes a button that
 * opens the term's short definition in place, with the HTML `popover` attribute (no JavaScript),
 * and links to the term in the glossary page.
 *
 * The terms are data: `content/glossary/<lang>.json` gives, for each anchor of the glossary page
 * (`## Engagement \{#engagement}` in content/pages/<lang>/guide/glossaire.mdx), the forms that
 * count as a use of the term and a short definition. `loadGlossary` validates the file with zod
 * and checks it against the glossary page's anchors, so a term added to one and not the other
 * fails the build, naming the file and the term.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';

export const glossarySchema = z
  .object({
    /** Route of the glossary page in this language. */
    page: z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'Route attendue, par exemple « /guide/glossaire/ »'),
    terms: z
      .array(
        z
          .object({
            /** Anchor of the term in the glossary page. */
            id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Ancre attendue en minuscules et tirets'),
            /** Spellings that count as a use of the term (case ignored), singular and plural. */
            forms: z.array(z.string().min(2)).min(1),
            /** The definition shown in place: one or two short sentences. */
            short: z.string().min(20).max(170, 'Définition courte de 170 caractères au plus (elle s’ouvre dans le texte)'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type Glossary = z.output<typeof glossarySchema>;
export type GlossaryTerm = Glossary['terms'][number];

/** Returns the anchors (`\{#id}`) of the level-2 headings of an MDX source. Pure. */
export function headingAnchors(mdx: string): string[] {
  return [...mdx.matchAll(/^##\s.*\\?\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]!);
}

/**
 * Validates glossary data read from `file` and checks it against the anchors of the glossary page;
 * throws an error naming the file, the field or the term. Pure.
 */
export function parseGlossary(data: unknown, file: string, anchors: readonly string[]): Glossary {
  const parsed = glossarySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file} : ${issue.path.join('.') || '(racine)'} : ${issue.message}`);
  }
  const ids = parsed.data.terms.map((t) => t.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`${file} : le terme « ${twice} » est défini deux fois`);
  const unknown = ids.filter((id) => !anchors.includes(id));
  if (unknown.length) throw new Error(`${file} : aucun titre du glossaire ne porte l’ancre de ${unknown.map((id) => `« ${id} »`).join(', ')}`);
  const missing = anchors.filter((id) => !ids.includes(id));
  if (missing.length) throw new Error(`${file} : terme du glossaire sans définition courte : ${missing.map((id) => `« ${id} »`).join(', ')}`);
  return parsed.data;
}

const cache = new Map<string, { glossary: Glossary; more: string }>();

/** Reads, validates and caches the glossary of `lang` and its « see the glossary » label (build side). */
export function loadGlossary(lang: 'fr' | 'en', root = process.cwd()): { glossary: Glossary; more: string } {
  const known = cache.get(lang);
  if (known) return known;
  const file = `content/glossary/${lang}.json`;
  const page = readFileSync(join(root, `content/pages/${lang}/guide/glossaire.mdx`), 'utf8');
  const glossary = parseGlossary(JSON.parse(readFileSync(join(root, file), 'utf8')), file, headingAnchors(page));
  const strings = JSON.parse(readFileSync(join(root, `content/i18n/${lang}/reader.json`), 'utf8')) as Record<string, string>;
  const more = strings['glossary.more'];
  if (!more) throw new Error(`content/i18n/${lang}/reader.json : clé « glossary.more » manquante`);
  const loaded = { glossary, more };
  cache.set(lang, loaded);
  return loaded;
}

const boundary = '[\\p{L}\\p{N}]';

/** A regular expression matching any form of the term as a whole word (spaces match any space). */
function formPattern(term: GlossaryTerm): RegExp {
  const alternatives = [...term.forms]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ '’]/g, (c) => (c === ' ' ? '[\\s\\u00A0\\u202F]+' : "['’]")));
  return new RegExp(`(?<!${boundary})(?:${alternatives.join('|')})(?!${boundary})`, 'iu');
}

export interface TermMatch {
  term: GlossaryTerm;
  index: number;
  text: string;
}

export interface TermFinder {
  /** The earliest use, in `text`, of a term not yet used, longest first at equal position. */
  find(text: string, used: ReadonlySet<string>): TermMatch | undefined;
}

/** Returns a finder over the terms of `glossary`. Pure. */
export function termFinder(glossary: Glossary): TermFinder {
  const patterns = glossary.terms.map((term) => ({ term, pattern: formPattern(term) }));
  return {
    find(text, used) {
      let best: TermMatch | undefined;
      for (const { term, pattern } of patterns) {
        if (used.has(term.id)) continue;
        const m = pattern.exec(text);
        if (!m) continue;
        if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.text.length)) {
          best = { term, index: m.index, text: m[0] };
        }
      }
      return best;
    },
  };
}

/** A hast node, as much of it as the site's rehype steps read. */
export interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** Elements whose text never gets a popover: headings, links, code, buttons, figures' own text. */
const excluded = new Set(['a', 'button', 'code', 'pre', 'script', 'style', 'svg', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'label', 'figcaption', 'dfn', 'abbr']);
/** Blocks whose text may carry a popover. */
const prose = new Set(['p', 'li', 'td', 'dd', 'blockquote']);

export interface GlossaryOptions {
  glossary: Glossary;
  /** Label of the link to the glossary page. */
  more: string;
  /** Turns a site route into the link's address (base path). */
  link: (route: string) => string;
  /** Applied to the inserted text (French typography). */
  typeset: (text: string) => string;
}

const text = (value: string): Node => ({ type: 'text', value });
const element = (tagName: string, properties: Record<string, unknown>, children: Node[]): Node => ({ type: 'element', tagName, properties, children });

/** The button and its popover for one use of a term. */
function popover(match: TermMatch, options: GlossaryOptions): Node[] {
  const id = `gl-${match.term.id}`;
  return [
    element('button', { type: 'button', className: ['gloss'], popovertarget: id }, [text(match.text)]),
    element('span', { id, className: ['gloss-pop'], popover: 'auto', role: 'note' }, [
      text(`${options.typeset(match.term.short)} `),
      element('a', { href: options.link(`${options.glossary.page}#${match.term.id}`) }, [text(options.typeset(options.more))]),
    ]),
  ];
}

/**
 * Turns the first use of each glossary term in `tree` (a hast tree of a page) into a popover
 * button; returns the ids of the terms used. Mutates `tree`.
 */
export function addGlossaryPopovers(tree: Node, options: GlossaryOptions): string[] {
  const finder = termFinder(options.glossary);
  const used = new Set<string>();
  const walk = (node: Node, inProse: boolean): void => {
    const children = node.children;
    if (!children) return;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'element') {
        const tag = child.tagName ?? '';
        if (excluded.has(tag)) continue;
        walk(child, inProse || prose.has(tag));
        continue;
      }
      if (child.type !== 'text' || !inProse || typeof child.value !== 'string') continue;
      const match = finder.find(child.value, used);
      if (!match) continue;
      used.add(match.term.id);
      const before = child.value.slice(0, match.index);
      const after = child.value.slice(match.index + match.text.length);
      const replacement = [...(before ? [text(before)] : []), ...popover(match, options), ...(after ? [text(after)] : [])];
      children.splice(i, 1, ...replacement);
      // Continue with the text after the match (it may hold another term).
      i += replacement.length - (after ? 2 : 1);
    }
  };
  walk(tree, false);
  return [...used];
}
