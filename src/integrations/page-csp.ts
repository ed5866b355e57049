/**
 * Narrows each built page's <meta> Content-Security-Policy to what that page contains.
 *
 * Astro 7 writes the same hash lists into every page: all the inline scripts and styles of the whole
 * site (over 25 hashes, about 1 KB gzip that does not compress), and it misses the CSS of components
 * used inside MDX collection entries, which the browser then blocks. After the build, this rewrites
 * each policy so that style-src lists exactly the page's inline <style> elements, and script-src only
 * the hashes Astro granted that the page actually uses. A script Astro did not hash (`is:inline`)
 * stays blocked, on purpose. It also moves stray <style> elements from <body> into <head>.
 *
 * The page is read with an HTML parser (parse5, through hast-util-from-html) and rewritten by splicing at the parser's
 * source offsets, never re-serialised: every byte the rewrite does not target stays as Astro wrote it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';

/** The CSP source for `text`: `'sha256-…'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** A stretch of the source document, by offsets (end excluded). */
interface Span {
  start: number;
  end: number;
}

/** What the rewrite needs to know of a page, each part located in its source. */
interface PageParts {
  /** Text of each inline script the browser would run (not `src`, not JSON data blocks), as written. */
  scripts: string[];
  /** Text of each inline <style>, as written. */
  styles: string[];
  /** The value of the first CSP <meta>'s `content` attribute, between its quotes. */
  policy?: Span;
  /** Where `</head>` starts, when the document writes it. */
  headEnd?: number;
  /** Whole <style> elements found in <body>, in document order. */
  bodyStyles: Span[];
}

const spanOf = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Span | undefined => {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
};

/** Source text of an element's content (a script's or a style's raw text), '' when empty. */
function rawText(html: string, element: Element): string {
  const first = element.children[0] && spanOf(element.children[0]);
  const last = element.children.at(-1) && spanOf(element.children.at(-1)!);
  return first && last ? html.slice(first.start, last.end) : '';
}

/** Parses `html` and locates its inline scripts and styles, its CSP <meta>, its head's end and its body's styles. */
function pageParts(html: string): PageParts {
  const tree = fromHtml(html, { verbose: true });
  const parts: PageParts = { scripts: [], styles: [], bodyStyles: [] };
  visit(tree, 'element', (element: Element) => {
    const { tagName, properties } = element;
    if (tagName === 'head') {
      const closing = element.data?.position?.closing?.start.offset;
      if (closing !== undefined) parts.headEnd = closing;
    } else if (tagName === 'body') {
      visit(element, 'element', (inner: Element) => {
        const span = inner.tagName === 'style' ? spanOf(inner) : undefined;
        if (span) parts.bodyStyles.push(span);
      });
    } else if (tagName === 'script') {
      const data = /^application\/(ld\+)?json$/i.test(String(properties.type ?? ''));
      if (properties.src === undefined && !data) parts.scripts.push(rawText(html, element));
      return SKIP;
    } else if (tagName === 'style') {
      parts.styles.push(rawText(html, element));
      return SKIP;
    } else if (tagName === 'meta' && !parts.policy && String(properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy') {
      const attribute = element.data?.position?.properties?.content;
      const start = attribute?.start.offset;
      const end = attribute?.end.offset;
      // The attribute as written is `content="…"`: its value lies between the first quote and the last character.
      if (start !== undefined && end !== undefined && html[end - 1] === '"') {
        const open = html.indexOf('"', start);
        if (open > 0 && open < end - 1) parts.policy = { start: open + 1, end: end - 1 };
      }
    }
    return undefined;
  });
  return parts;
}

/** Inline scripts the browser would run (not `src`, not JSON data blocks) and inline styles of `html`. */
export function inlineContent(html: string): { scripts: string[]; styles: string[] } {
  const { scripts, styles } = pageParts(html);
  return { scripts, styles };
}

/** Returns `policy` with script-src and style-src hashes limited to (and, for styles, completed with) `content`. */
export function pagePolicy(policy: string, content: { scripts: readonly string[]; styles: readonly string[] }): string {
  const scriptHashes = new Set(content.scripts.map(hashSource));
  const styleHashes = [...new Set(content.styles.map(hashSource))];
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      const plain = sources.filter((s) => !s.startsWith("'sha"));
      if (name === 'script-src') return [name, ...plain, ...sources.filter((s) => scriptHashes.has(s))].join(' ');
      if (name === 'style-src') return [name, ...plain, ...styleHashes].join(' ');
      return directive;
    });
  return `${directives.join('; ')};`;
}

/** Returns `html` with each span replaced by its text; spans must not overlap. */
function splice(html: string, edits: readonly (Span & { text: string })[]): string {
  let out = html;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = `${out.slice(0, edit.start)}${edit.text}${out.slice(edit.end)}`;
  return out;
}

/** The edit narrowing the page's CSP, or undefined when it has no policy or the policy already fits. */
function policyEdit(html: string, parts: PageParts): (Span & { text: string }) | undefined {
  if (!parts.policy) return undefined;
  const written = html.slice(parts.policy.start, parts.policy.end);
  const narrowed = pagePolicy(written, parts);
  return narrowed === written ? undefined : { ...parts.policy, text: narrowed };
}

/**
 * The edits moving the <style> elements of <body> to the end of <head>, where HTML allows them.
 * Astro writes its island rule (`astro-island{display:contents}`) just before the first island,
 * which may sit inside a <section> or a <p>: not valid HTML there. Same text, so same CSP hash.
 */
function hoistEdits(html: string, parts: PageParts): (Span & { text: string })[] {
  if (parts.headEnd === undefined || parts.bodyStyles.length === 0) return [];
  const moved = parts.bodyStyles.map((span) => html.slice(span.start, span.end)).join('');
  return [{ start: parts.headEnd, end: parts.headEnd, text: moved }, ...parts.bodyStyles.map((span) => ({ ...span, text: '' }))];
}

/** Rewrites one built HTML document's CSP; returns undefined when it has no policy or nothing changes. */
export function narrowPageCsp(html: string): string | undefined {
  const edit = policyEdit(html, pageParts(html));
  return edit && splice(html, [edit]);
}

/** Moves the <style> elements found in <body> to the end of <head> (see `hoistEdits`). */
export function hoistBodyStyles(html: string): string {
  return splice(html, hoistEdits(html, pageParts(html)));
}

/** Both rewrites of a built page from one parse: styles hoisted to <head>, CSP narrowed to the page. */
export function rewritePage(html: string): string {
  const parts = pageParts(html);
  const edit = policyEdit(html, parts);
  return splice(html, [...hoistEdits(html, parts), ...(edit ? [edit] : [])]);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The integration: runs once the static pages are written. */
export function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const built = await readFile(file, 'utf8');
          const html = rewritePage(built);
          if (html !== built) await writeFile(file, html);
        }
      },
    },
  };
}
