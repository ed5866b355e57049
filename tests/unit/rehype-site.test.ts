import { describe, expect, it, vi } from 'vitest';
import { isEnglishFile, rehypeSite } from '../../src/markdown/rehype-site';
import { NNBSP } from '../../src/lib/typography';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, children: Node[], properties: Record<string, unknown> = {}): Node => ({ type: 'element', tagName, properties, children });

function run(tree: Node, base = '/', path?: string) {
  rehypeSite({ base })()(tree as never, path === undefined ? undefined : { path });
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

describe('rehypeSite on an English file', () => {
  const english = '/work/site/content/pages/en/guide/e-mc4.mdx';
  const page = () =>
    el('root', [
      el('h2', [text('Why engagement? {#engagement}')]),
      el('p', [text("Why? Because: yes! It's “quoted” ; see "), el('a', [text('the model')], { href: '/en/guide/e-mc4/#motivation' }), text(': five parts')]),
    ]);

  it('leaves the text exactly as written', () => {
    const tree = run(page(), '/', english);
    const p = tree.children![1]!;
    expect(p.children![0]!.value).toBe("Why? Because: yes! It's “quoted” ; see ");
    expect(p.children![2]!.value).toBe(': five parts');
    expect(JSON.stringify(tree)).not.toContain(NNBSP);
  });

  it('still sets explicit heading ids and prefixes internal links with the base', () => {
    const tree = run(page(), '/sous/', english);
    expect(tree.children![0]!.properties!.id).toBe('engagement');
    expect(tree.children![0]!.children![0]!.value).toBe('Why engagement?');
    expect(tree.children![1]!.children![1]!.properties!.href).toBe('/sous/en/guide/e-mc4/#motivation');
  });

  it('keeps French typography for a French file or a file without path', () => {
    for (const path of ['/work/site/content/pages/fr/guide/e-mc4.mdx', undefined]) {
      const tree = run(el('p', [text('Pourquoi ?')]), '/', path);
      expect(tree.children![0]!.value, String(path)).toBe(`Pourquoi${NNBSP}?`);
    }
  });
});

describe('isEnglishFile', () => {
  it('recognises a file under an en folder, with either separator', () => {
    expect(isEnglishFile('/work/site/content/pages/en/guide/e-mc4.mdx')).toBe(true);
    expect(isEnglishFile('/work/site/content/diagnostics/en/methodologie.mdx')).toBe(true);
    expect(isEnglishFile('C:\\site\\content\\pages\\en\\guide\\e-mc4.mdx')).toBe(true);
  });

  it('looks only below the project folder: a checkout under a folder named en stays French', () => {
    const cwd = vi.spyOn(process, 'cwd').mockReturnValue('/srv/en/site');
    try {
      expect(isEnglishFile('/srv/en/site/content/pages/fr/guide/e-mc4.mdx')).toBe(false);
      expect(isEnglishFile('/srv/en/site/content/pages/en/guide/e-mc4.mdx')).toBe(true);
    } finally {
      cwd.mockRestore();
    }
  });

  it('does not mistake French files or names merely containing en', () => {
    for (const path of ['/work/site/content/pages/fr/guide/engagement.mdx', '/work/site/content/pages/fr/en.mdx', '/work/site/content/english/x.mdx', '/work/site/content/pages/fr/guide/en-bref.mdx', undefined]) {
      expect(isEnglishFile(path), String(path)).toBe(false);
    }
  });
});

describe('rehypeSite and the glossary', () => {
  const page = () => el('root', [el('p', [text('Le modèle E=MC4 et encore E=MC4.')])]);
  const popovers = (tree: Node): number => (tree.tagName === 'button' ? 1 : 0) + (tree.children ?? []).reduce((n, c) => n + popovers(c), 0);

  it('adds a popover to the first use of a term on a content page', () => {
    expect(popovers(run(page(), '/', `${process.cwd()}/content/pages/fr/guide/engagement.mdx`))).toBe(1);
  });

  it('adds none on the glossary page itself, nor outside content pages', () => {
    expect(popovers(run(page(), '/', `${process.cwd()}/content/pages/fr/guide/glossaire.mdx`))).toBe(0);
    expect(popovers(run(page(), '/', `${process.cwd()}/src/pages/autre.md`))).toBe(0);
  });
});

describe('rehypeSite wraps tables', () => {
  const table = (children: Node[] = []) => el('table', [...children, el('tbody', [el('tr', [el('td', [text('x')])])])]);

  it('puts each table in a focusable scrolling box named by the heading before it', () => {
    const tree = run(el('root', [el('h2', [text('Trois niveaux {#niveaux}')]), el('p', [text('Texte.')]), table()]));
    const box = tree.children![2]!;
    expect(box.tagName).toBe('div');
    expect(box.properties).toMatchObject({ className: ['table-scroll'], role: 'group', tabIndex: 0, ariaLabelledBy: ['niveaux'] });
    expect(box.children![0]!.tagName).toBe('table');
  });

  it('names the box by the table caption when there is one, and wraps a table only once', () => {
    const tree = run(el('root', [el('h2', [text('A')], { id: 'a' }), table([el('caption', [text('Légende')])])]));
    const box = tree.children![1]!;
    const caption = box.children![0]!.children![0]!;
    expect(caption.properties!.id).toBeTruthy();
    expect(box.properties!.ariaLabelledBy).toEqual([caption.properties!.id]);
    run(tree);
    expect(tree.children![1]!.children![0]!.tagName).toBe('table');
  });

  it('wraps tables nested in other elements too', () => {
    const tree = run(el('root', [el('section', [table()])]));
    expect(tree.children![0]!.children![0]!.properties!.className).toEqual(['table-scroll']);
  });
});

describe('rehypeSite sets the texts written in MDX components’ attributes', () => {
  /** `<Fields labels={['Nom :', 'Date']} />` as MDX's parser gives it: the expression's syntax tree in `data.estree`. */
  const literal = (value: string) => ({ type: 'Literal', value, raw: `'${value}'` });
  const component = (name: string) => ({
    type: 'mdxJsxFlowElement',
    name,
    attributes: [
      { type: 'mdxJsxAttribute', name: 'label', value: "Objectif : l'essentiel" },
      {
        type: 'mdxJsxAttribute',
        name: 'labels',
        value: { type: 'mdxJsxAttributeValueExpression', value: "['Nom :', 'Date']", data: { estree: { type: 'Program', body: [{ type: 'ExpressionStatement', expression: { type: 'ArrayExpression', elements: [literal('Nom :'), literal('Date')] } }] } } },
      },
      { type: 'mdxJsxAttribute', name: 'lines', value: { type: 'mdxJsxAttributeValueExpression', value: '3', data: { estree: { type: 'Program', body: [{ type: 'ExpressionStatement', expression: { type: 'Literal', value: 3, raw: '3' } }] } } } },
    ],
    children: [],
  });
  type Attributes = ReturnType<typeof component>['attributes'];
  const labels = (attributes: Attributes) => (attributes[1]!.value as unknown as { data: { estree: { body: [{ expression: { elements: { value: string; raw: string }[] } }] } } }).data.estree.body[0].expression.elements;

  it('in French: string attributes and the strings of an expression, with their source text rewritten', () => {
    const node = component('Fields');
    run({ type: 'root', children: [node as never] }, '/', '/work/site/content/pages/fr/guide/outils/delegation.mdx');
    expect(node.attributes[0]!.value).toBe(`Objectif${NNBSP}: l’essentiel`);
    expect(labels(node.attributes).map((l) => [l.value, l.raw])).toEqual([
      [`Nom${NNBSP}:`, JSON.stringify(`Nom${NNBSP}:`)],
      ['Date', "'Date'"],
    ]);
    expect((node.attributes[2]!.value as unknown as { data: { estree: { body: [{ expression: { value: number } }] } } }).data.estree.body[0].expression.value).toBe(3);
  });

  it('in English: English quotes only, no French spacing', () => {
    const node = component('Lines');
    run({ type: 'root', children: [node as never] }, '/', '/work/site/content/pages/en/guide/outils/delegation.mdx');
    expect(node.attributes[0]!.value).toBe('Objectif : l’essentiel');
    expect(labels(node.attributes)[0]!.value).toBe('Nom :');
  });

  it('leaves HTML elements written in MDX (lower-case names) alone', () => {
    const node = component('span');
    run({ type: 'root', children: [node as never] }, '/', '/work/site/content/pages/fr/guide/outils/delegation.mdx');
    expect(node.attributes[0]!.value).toBe("Objectif : l'essentiel");
  });
});
