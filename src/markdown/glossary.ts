/**
 * The glossary as data, and the glossary on the spot.
 *
 * `content/glossary/<lang>.json` holds every term of the glossary: its anchor, its name, the forms
 * that count as a use of it, a short definition and the full one (plain text with `[links](/route/)`
 * and `*emphasis*`). The glossary page renders its terms from it (`GlossaryTerms.astro`), and the
 * rehype step of content pages turns the first use of each term in a page into a button that opens
 * the short definition in place, with the HTML `popover` attribute (no JavaScript), linking to the
 * term in the glossary page. A malformed file fails the build, naming the file and the field
 * (schema: `src/schemas/glossary.ts`).
 *
 * The Markdown step (`rehype-site.ts`) and the glossary page (`GlossaryTerms.astro`) are its only
 * users; `loadGlossary` is its only file reading. Rendering and popovers are pure functions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Parents, Root, Text } from 'hast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { INLINE_MARKUP, parseGlossary, type Glossary, type GlossaryTerm } from '../schemas/glossary';

export type { Glossary, GlossaryTerm };

const cache = new Map<string, { glossary: Glossary; more: string }>();

/** Reads, validates and caches the glossary of `lang` and its « see the glossary » label (build side). */
export function loadGlossary(lang: 'fr' | 'en', root = process.cwd()): { glossary: Glossary; more: string } {
  const known = cache.get(lang);
  if (known) return known;
  const file = `content/glossary/${lang}.json`;
  const glossary = parseGlossary(JSON.parse(readFileSync(join(root, file), 'utf8')), file);
  const strings = JSON.parse(readFileSync(join(root, `content/i18n/${lang}/reader.json`), 'utf8')) as Record<string, string>;
  const more = strings['glossary.more'];
  if (!more) throw new Error(`content/i18n/${lang}/reader.json : clé « glossary.more » manquante`);
  const loaded = { glossary, more };
  cache.set(lang, loaded);
  return loaded;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Renders a full definition to HTML: text escaped and typeset (`afterInline` is true for text that
 * follows a link or emphasis), links through `link` (base path). Pure.
 */
export function renderDefinition(text: string, options: { link: (href: string) => string; typeset: (text: string, afterInline: boolean) => string }): string {
  let html = '';
  let last = 0;
  for (const m of text.matchAll(INLINE_MARKUP)) {
    html += escapeHtml(options.typeset(text.slice(last, m.index), last > 0));
    const [, label, href, emphasis] = m;
    const inner = escapeHtml(options.typeset(label ?? emphasis ?? '', false));
    html += href === undefined ? `<em>${inner}</em>` : `<a href="${escapeHtml(href.startsWith('/') ? options.link(href) : href)}">${inner}</a>`;
    last = m.index + m[0].length;
  }
  return html + escapeHtml(options.typeset(text.slice(last), last > 0));
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

const text = (value: string): Text => ({ type: 'text', value });
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/** The button and its popover for one use of a term. */
function popover(match: TermMatch, options: GlossaryOptions): Element[] {
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
 * button; returns the ids of the terms used. Mutates `tree`. Only text in prose blocks counts,
 * outside excluded elements, and only through HTML elements: the content of MDX components is
 * left as written.
 */
export function addGlossaryPopovers(tree: Root | Element, options: GlossaryOptions): string[] {
  const finder = termFinder(options.glossary);
  const used = new Set<string>();
  /** Replaces the first unused term of each text node under `block`, then goes on after it. */
  const inProse = (block: Element): void => {
    visit(block, (node, index, parent: Parents | undefined) => {
      if (node !== block && node.type !== 'element' && node.type !== 'text') return SKIP;
      if (node.type === 'element') return excluded.has(node.tagName) ? SKIP : CONTINUE;
      if (node.type !== 'text' || !parent || index === undefined) return CONTINUE;
      const match = finder.find(node.value, used);
      if (!match) return CONTINUE;
      used.add(match.term.id);
      const before = node.value.slice(0, match.index);
      const after = node.value.slice(match.index + match.text.length);
      const replacement = [...(before ? [text(before)] : []), ...popover(match, options), ...(after ? [text(after)] : [])];
      parent.children.splice(index, 1, ...replacement);
      // Go on with the text after the match (it may hold another term), past the inserted popover.
      return [SKIP, index + replacement.length - (after ? 1 : 0)];
    });
  };
  visit(tree, (node) => {
    if (node === tree) return CONTINUE;
    if (node.type !== 'element' || excluded.has(node.tagName)) return SKIP;
    if (!prose.has(node.tagName)) return CONTINUE;
    inProse(node);
    return SKIP;
  });
  return [...used];
}
