/**
 * Rehype plugin for content pages:
 * - French typography on prose text of French pages (not inside code, pre, script or style);
 *   a file under a `/en/` folder is English and keeps its text as written;
 * - explicit heading anchors: `## Motivation intrinsèque \{#motivation}` (in MDX the brace is escaped) gives `id="motivation"`;
 * - the deployment base path prefixed to absolute internal links (`/guide/` → `/sub/guide/`);
 * - on content pages (content/pages/, except the glossary itself), the first use of each glossary
 *   term opens its short definition in place (`./glossary`).
 */
import { frenchTypography, frenchTypographyAfterInline } from './typography';
import { relative } from 'node:path';
import { withBase } from './navigation';
import { addGlossaryPopovers, loadGlossary, type Node } from './glossary';


const skipped = new Set(['code', 'pre', 'script', 'style', 'svg']);
const anchorSuffix = /\s*\{#([a-z0-9-]+)\}\s*$/;

interface Context {
  base: string;
  /** Apply French typography to text (French pages only). */
  french: boolean;
}

function visit(node: Node, inSkipped: boolean, context: Context, previous?: Node): void {
  if (node.type === 'text' && !inSkipped && typeof node.value === 'string') {
    if (!context.french) return;
    node.value = previous?.type === 'element' ? frenchTypographyAfterInline(node.value) : frenchTypography(node.value);
    return;
  }
  if (node.type === 'element') {
    const tag = node.tagName ?? '';
    if (/^h[1-6]$/.test(tag)) setExplicitId(node);
    const href = node.properties?.href;
    if (tag === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
      node.properties = { ...node.properties, href: withBase(href, context.base) };
    }
  }
  const skip = inSkipped || (node.type === 'element' && skipped.has(node.tagName ?? ''));
  const children = node.children ?? [];
  children.forEach((child, i) => visit(child, skip, context, children[i - 1]));
}

function setExplicitId(heading: Node): void {
  const last = heading.children?.at(-1);
  if (last?.type !== 'text' || typeof last.value !== 'string') return;
  const match = anchorSuffix.exec(last.value);
  if (!match) return;
  last.value = last.value.replace(anchorSuffix, '');
  heading.properties = { ...heading.properties, id: match[1] };
}

/** Whether the file at `path` is written in English: it lives under an `en` folder of the project. */
export function isEnglishFile(path: string | undefined): boolean {
  return path !== undefined && /(^|[\\/])en[\\/]/.test(relative(process.cwd(), path));
}

/** Returns the rehype plugin, bound to the site's base path. */
export function rehypeSite(options: { base?: string } = {}) {
  const base = options.base ?? '/';
  return () => (tree: Node, file?: { path?: string }) => {
    const french = !isEnglishFile(file?.path);
    visit(tree, false, { base, french });
    if (isContentPage(file?.path) && !isGlossaryPage(file?.path)) {
      const { glossary, more } = loadGlossary(french ? 'fr' : 'en');
      addGlossaryPopovers(tree, { glossary, more, link: (route) => withBase(route, base), typeset: french ? frenchTypography : (t) => t });
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
