/**
 * Rehype plugin for content pages:
 * - French typography on prose text of French pages (not inside code, pre, script or style);
 *   a file under a `/en/` folder is English and keeps its text as written (smartypants sets it);
 * - the typography of the file's language on the texts written in its components' attributes
 *   (`<Lines label="Objectif :" />`, `<Fields labels={['Date', 'Nom']} />`), so that the
 *   components render them as they come;
 * - explicit heading anchors: `## Motivation intrinsèque \{#motivation}` (in MDX the brace is escaped) gives `id="motivation"`;
 * - the deployment base path prefixed to absolute internal links (`/guide/` → `/sub/guide/`);
 * - on content pages (content/pages/, except the glossary itself), the first use of each glossary
 *   term opens its short definition in place (`./glossary.ts`);
 * - every table in its own scrolling box (`wrapTables`), as `ScrollTable.astro` does for the
 *   components' tables: a wide table scrolls inside the page, never the page itself.
 */
import type { Element, Root, RootContent } from 'hast';
import { relative } from 'node:path';
import { SKIP, visit } from 'unist-util-visit';
import { addGlossaryPopovers, loadGlossary } from './glossary';
import { withBase } from '../lib/navigation';
import { frenchTypographyAfterInline, frenchTypography, typesetter, type Typeset } from '../lib/typography';

/** Elements whose text keeps its characters as written (code, scripts, styles, drawings). */
const skipped = new Set(['code', 'pre', 'script', 'style', 'svg']);
const anchorSuffix = /\s*\{#([a-z0-9-]+)\}\s*$/;

/** Gives headings their explicit ids and internal links their base path, everywhere in the tree. */
function placeAnchorsAndLinks(tree: Root, base: string): void {
  visit(tree, 'element', (node: Element) => {
    if (/^h[1-6]$/.test(node.tagName)) setExplicitId(node);
    const href = node.properties.href;
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
      node.properties = { ...node.properties, href: withBase(href, base) };
    }
  });
}

/** Applies French typography to the text of `tree`, outside code, scripts, styles and drawings. */
function typesetText(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && skipped.has(node.tagName)) return SKIP;
    if (node.type !== 'text') return undefined;
    const previous: RootContent | undefined = index === undefined || index === 0 ? undefined : parent?.children[index - 1];
    node.value = previous?.type === 'element' ? frenchTypographyAfterInline(node.value) : frenchTypography(node.value);
    return undefined;
  });
}

/** An MDX component in the tree (`<Lines … />`), as MDX's parser gives it: its attributes, literal or `{expression}`. */
interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; value?: string | { type: string; data?: { estree?: unknown } } | null }[];
}

/** Sets every string literal of an expression's syntax tree (`{['Date', 'Nom']}`) with `typeset`. */
function typesetLiterals(node: unknown, typeset: Typeset): void {
  if (Array.isArray(node)) {
    for (const child of node) typesetLiterals(child, typeset);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const literal = node as { type?: unknown; value?: unknown; raw?: unknown };
  if (literal.type === 'Literal' && typeof literal.value === 'string') {
    const value = typeset(literal.value);
    if (value !== literal.value) Object.assign(literal, { value, raw: JSON.stringify(value) });
    return;
  }
  for (const [key, child] of Object.entries(node)) if (key !== 'loc' && key !== 'range') typesetLiterals(child, typeset);
}

/** Applies `typeset` to the texts written in the attributes of the MDX components (capitalised names) of `tree`. */
function typesetComponentAttributes(tree: Root, typeset: Typeset): void {
  visit(tree, (node) => {
    const element = node as unknown as MdxJsxElement;
    if (element.type !== 'mdxJsxFlowElement' && element.type !== 'mdxJsxTextElement') return;
    if (!element.name || !/^[A-Z]/.test(element.name)) return;
    for (const attribute of element.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') continue;
      if (typeof attribute.value === 'string') attribute.value = typeset(attribute.value);
      else if (attribute.value?.type === 'mdxJsxAttributeValueExpression') typesetLiterals(attribute.value.data?.estree, typeset);
    }
  });
}

function setExplicitId(heading: Element): void {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return;
  const match = anchorSuffix.exec(last.value);
  if (!match) return;
  last.value = last.value.replace(anchorSuffix, '');
  heading.properties = { ...heading.properties, id: match[1] };
}

/** Whether the file at `path` is written in English: it lives under an `en` folder of the project. */
export function isEnglishFile(path: string | undefined): boolean {
  return path !== undefined && /(^|[\\/])en[\\/]/.test(relative(process.cwd(), path));
}

/**
 * Wraps each table in `<div class="table-scroll" role="group" tabindex="0">`, named by its caption or,
 * without one, by the heading before it: the box scrolls sideways on a narrow screen and a keyboard
 * can scroll it (the same markup as `ScrollTable.astro`).
 */
export function wrapTables(tree: Root): void {
  let heading: string | undefined;
  visit(tree, 'element', (node: Element, index, parent) => {
    if (/^h[1-6]$/.test(node.tagName) && typeof node.properties.id === 'string') heading = node.properties.id;
    if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
    if (parent.type === 'element' && parent.tagName === 'div' && String(parent.properties.className ?? '').includes('table-scroll')) return SKIP;
    const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
    if (caption && typeof caption.properties.id !== 'string') caption.properties = { ...caption.properties, id: `${heading ?? 'tableau'}-legende-${index}` };
    const label = caption ? String(caption.properties.id) : heading;
    const box: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-scroll'], role: 'group', tabIndex: 0, ...(label ? { ariaLabelledBy: [label] } : {}) },
      children: [node],
    };
    parent.children[index] = box;
    return SKIP;
  });
}

/** Returns the rehype plugin, bound to the site's base path. */
export function rehypeSite(options: { base?: string } = {}) {
  const base = options.base ?? '/';
  return () => (tree: Root, file?: { path?: string }) => {
    const french = !isEnglishFile(file?.path);
    placeAnchorsAndLinks(tree, base);
    wrapTables(tree);
    if (french) typesetText(tree);
    typesetComponentAttributes(tree, typesetter(french ? 'fr' : 'en'));
    if (isContentPage(file?.path) && !isGlossaryPage(file?.path)) {
      const { glossary, more } = loadGlossary(french ? 'fr' : 'en');
      addGlossaryPopovers(tree, { glossary, more, link: (route) => withBase(route, base), typeset: typesetter(french ? 'fr' : 'en') });
    }
  };
}

const slashes = (path: string | undefined) => (path === undefined ? '' : relative(process.cwd(), path).replaceAll('\\', '/'));

/** Whether the file is a guide, ethics or about page (content/pages/). */
export function isContentPage(path: string | undefined): boolean {
  return slashes(path).startsWith('content/pages/');
}

/** Whether the file is the glossary page itself (it gets no popovers: the definitions are there). */
export function isGlossaryPage(path: string | undefined): boolean {
  return /^content\/pages\/[a-z]+\/guide\/glossaire\.mdx$/.test(slashes(path));
}
