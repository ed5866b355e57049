import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc';

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and drops other depths', () => {
    const toc = buildToc([
      { depth: 1, slug: 'titre', text: 'Titre' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'A1x' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { depth: 2, slug: 'a', text: 'A', children: [{ depth: 3, slug: 'a1', text: 'A1', children: [] }] },
      { depth: 2, slug: 'b', text: 'B', children: [] },
    ]);
  });
  it('keeps a leading h3 at the top level', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ depth: 3, slug: 'x', text: 'X', children: [] }]);
  });
});
