import { describe, expect, it } from 'vitest';
import { rehypeSite } from '../../src/lib/rehype-site';
import { NNBSP } from '../../src/lib/typography';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, children: Node[], properties: Record<string, unknown> = {}): Node => ({ type: 'element', tagName, properties, children });

function run(tree: Node, base = '/') {
  rehypeSite({ base })()(tree as never);
  return tree;
}

describe('rehypeSite', () => {
  it('applies French typography to prose, not to code', () => {
    const tree = run(el('root', [el('p', [text('Pourquoi ?')]), el('code', [text('a ? b')])]));
    expect(tree.children![0]!.children![0]!.value).toBe(`Pourquoi${NNBSP}?`);
    expect(tree.children![1]!.children![0]!.value).toBe('a ? b');
  });

  it('spaces a colon that follows a link', () => {
    const tree = run(el('p', [el('a', [text('E=MC4')], { href: '/guide/e-mc4/' }), text(' : cinq composantes')]));
    expect(tree.children![1]!.value).toBe(`${NNBSP}: cinq composantes`);
  });

  it('turns a {#id} suffix into the heading id', () => {
    const tree = run(el('h2', [text('Motivation intrinsèque {#motivation}')]));
    expect(tree.properties!.id).toBe('motivation');
    expect(tree.children![0]!.value).toBe('Motivation intrinsèque');
  });

  it('prefixes the base to internal absolute links only', () => {
    const tree = run(el('p', [el('a', [], { href: '/charte/#article-3' }), el('a', [], { href: 'https://exemple.fr/' }), el('a', [], { href: '#x' })]), '/sous/');
    expect(tree.children!.map((a) => a.properties!.href)).toEqual(['/sous/charte/#article-3', 'https://exemple.fr/', '#x']);
  });
});
