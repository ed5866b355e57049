/**
 * The words a reader meets on a built page, read from its HTML without a browser: the text of the
 * document in lines (one per block: paragraph, list item, cell, heading, SVG label…), the
 * attributes read aloud or shown (`alt`, `title`, `aria-label`, `placeholder`, the description and
 * share tags), and the strings of the islands' data (JSON blocks and island props), which the
 * islands render after hydration. Used by the language checks of the built pages
 * (tests/dist/english.test.ts, tests/dist/french-spacing.test.ts).
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

/** One line of a page's text and where it comes from (`text`, `alt`, `data`…). */
export interface TextLine {
  text: string;
  source: 'text' | 'attribute' | 'data';
  /**
   * True when the line is a bibliographic reference (in a `<cite>` or a source list): names,
   * titles and journals keep the spelling of the works they cite.
   */
  cited: boolean;
}

/** Elements whose content is no reader's text (or is read elsewhere: JSON blocks below). */
const hidden = new Set(['script', 'style', 'code', 'pre', 'template']);
/** Elements that end a line of text: everything but the inline ones. */
const inline = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label']);
const spokenAttributes = ['alt', 'title', 'ariaLabel', 'placeholder'];
const shownMeta = new Set(['description', 'og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description']);

/** Every string inside a JSON value (keys excluded). */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Returns the lines of text of the page `html` in the language of its `<html lang>`: parts marked
 * in another language (`lang="fr"` on an element) are left out.
 */
export function pageText(html: string): TextLine[] {
  const tree: Root = fromHtml(html);
  const lines: TextLine[] = [];
  const pageLang = (/<html lang="([^"]+)"/.exec(html)?.[1] ?? '').slice(0, 2);
  let current = '';
  let currentCited = false;
  const flush = () => {
    if (current.trim() !== '') lines.push({ text: current.replace(/[\t\n\r ]+/g, ' ').trim(), source: 'text', cited: currentCited });
    current = '';
    currentCited = false;
  };
  const walk = (node: Root | RootContent, cited: boolean): void => {
    if (node.type === 'text') {
      current += node.value;
      if (cited && node.value.trim() !== '') currentCited = true;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const element: Element = node;
      const lang = element.properties.lang;
      if (typeof lang === 'string' && lang.slice(0, 2) !== pageLang) return;
      for (const name of spokenAttributes) {
        const value = element.properties[name];
        if (typeof value === 'string' && value.trim() !== '') lines.push({ text: value, source: 'attribute', cited: false });
      }
      if (element.tagName === 'meta') {
        const name = element.properties.name ?? element.properties.property;
        const content = element.properties.content;
        if (typeof name === 'string' && shownMeta.has(name) && typeof content === 'string') lines.push({ text: content, source: 'attribute', cited: false });
      }
      if (element.tagName === 'astro-island' && typeof element.properties.props === 'string') {
        for (const text of jsonStrings(parseJson(element.properties.props))) lines.push({ text, source: 'data', cited: false });
      }
      if (element.tagName === 'script') {
        const type = element.properties.type;
        const body = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
        if (type === 'application/json') for (const text of jsonStrings(parseJson(body))) lines.push({ text, source: 'data', cited: false });
        return;
      }
      if (hidden.has(element.tagName)) return;
      const block = !inline.has(element.tagName);
      if (block) flush();
      const classes = Array.isArray(element.properties.className) ? element.properties.className : [];
      const inCite = cited || element.tagName === 'cite' || classes.includes('sources');
      const children = element.tagName === 'template' ? [] : element.children;
      for (const child of children) walk(child, inCite);
      if (block) flush();
      return;
    }
    for (const child of node.children) walk(child, cited);
  };
  walk(tree, false);
  flush();
  return lines.filter((line) => /\p{L}/u.test(line.text));
}
