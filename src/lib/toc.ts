/**
 * Table of contents from rendered headings (Astro's `render()` returns them flat, with depth).
 */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem extends Heading {
  children: TocItem[];
}

/** Returns the `h2`/`h3` headings as a tree: each `h3` nests under the `h2` before it. */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
  const toc: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const item: TocItem = { ...heading, children: [] };
    const parent = toc.at(-1);
    if (heading.depth > minDepth && parent) parent.children.push(item);
    else toc.push(item);
  }
  return toc;
}
