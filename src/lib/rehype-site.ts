/**
 * Rehype plugin for content pages:
 * - French typography on prose text (not inside code, pre, script or style);
 * - explicit heading anchors: `## Motivation intrinsèque \{#motivation}` (in MDX the brace is escaped) gives `id="motivation"`;
 * - the deployment base path prefixed to absolute internal links (`/guide/` → `/sub/guide/`).
 */
import { frenchTypography, frenchTypographyAfterInline } from './typography';
import { withBase } from './navigation';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const skipped = new Set(['code', 'pre', 'script', 'style', 'svg']);
const anchorSuffix = /\s*\{#([a-z0-9-]+)\}\s*$/;

function visit(node: Node, inSkipped: boolean, base: string, previous?: Node): void {
  if (node.type === 'text' && !inSkipped && typeof node.value === 'string') {
    node.value = previous?.type === 'element' ? frenchTypographyAfterInline(node.value) : frenchTypography(node.value);
    return;
  }
  if (node.type === 'element') {
    const tag = node.tagName ?? '';
    if (/^h[1-6]$/.test(tag)) setExplicitId(node);
    const href = node.properties?.href;
    if (tag === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
      node.properties = { ...node.properties, href: withBase(href, base) };
    }
  }
  const skip = inSkipped || (node.type === 'element' && skipped.has(node.tagName ?? ''));
  const children = node.children ?? [];
  children.forEach((child, i) => visit(child, skip, base, children[i - 1]));
}

function setExplicitId(heading: Node): void {
  const last = heading.children?.at(-1);
  if (last?.type !== 'text' || typeof last.value !== 'string') return;
  const match = anchorSuffix.exec(last.value);
  if (!match) return;
  last.value = last.value.replace(anchorSuffix, '');
  heading.properties = { ...heading.properties, id: match[1] };
}

/** Returns the rehype plugin, bound to the site's base path. */
export function rehypeSite(options: { base?: string } = {}) {
  const base = options.base ?? '/';
  return () => (tree: Node) => visit(tree, false, base);
}
