import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addGlossaryPopovers, headingAnchors, loadGlossary, parseGlossary, termFinder, type Glossary, type Node } from '../../src/lib/glossary';

const glossary: Glossary = {
  page: '/guide/glossaire/',
  terms: [
    { id: 'engagement', forms: ['engagement'], short: 'Implication réelle dans le travail et l’équipe.' },
    { id: 'sales-engagement', forms: ['Sales Engagement'], short: 'Logiciels de séquences de prise de contact.' },
    { id: 'crm', forms: ['CRM'], short: 'Gestion de la relation client et son logiciel.' },
    { id: 'social-crm', forms: ['Social CRM'], short: 'Un CRM relié aux réseaux sociaux des contacts.' },
    { id: 'vente-forcee', forms: ['vente forcée', 'ventes forcées'], short: 'Pousser un client à acheter ce dont il n’a pas besoin.' },
  ],
};

const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, children: Node[], properties: Record<string, unknown> = {}): Node => ({ type: 'element', tagName, properties, children });
const options = { glossary, more: 'Voir le glossaire', link: (route: string) => `/base${route}`, typeset: (t: string) => t };
const buttons = (node: Node): Node[] => [
  ...(node.tagName === 'button' ? [node] : []),
  ...(node.children ?? []).flatMap(buttons),
];

describe('glossary data', () => {
  it('reads the anchors of level-2 headings', () => {
    expect(headingAnchors('## Engagement \\{#engagement}\n\ntexte\n\n### Pas ça \\{#non}\n## CRM {#crm}\n')).toEqual(['engagement', 'crm']);
  });

  it('fails naming the file and the field of a malformed term', () => {
    expect(() => parseGlossary({ page: '/guide/glossaire/', terms: [{ id: 'x', forms: [], short: 'trop court' }] }, 'content/glossary/fr.json', ['x'])).toThrow(
      /content\/glossary\/fr\.json : terms\.0\.forms/,
    );
  });

  it('fails on a term the glossary page does not define, and on a glossary term without short definition', () => {
    expect(() => parseGlossary(glossary, 'f.json', ['engagement', 'sales-engagement', 'crm', 'social-crm'])).toThrow(/« vente-forcee »/);
    expect(() => parseGlossary(glossary, 'f.json', [...glossary.terms.map((t) => t.id), 'qvt'])).toThrow(/sans définition courte : « qvt »/);
  });

  it.each(['fr', 'en'] as const)('the %s glossary matches its page, term for term', (lang) => {
    const { glossary: loaded } = loadGlossary(lang);
    const page = readFileSync(`content/pages/${lang}/guide/glossaire.mdx`, 'utf8');
    expect(loaded.terms.map((t) => t.id).sort()).toEqual(headingAnchors(page).sort());
  });
});

describe('termFinder', () => {
  const finder = termFinder(glossary);

  it('finds whole words only, ignoring case and the kind of space', () => {
    expect(finder.find('le désengagement', new Set())).toBeUndefined();
    expect(finder.find('L’Engagement se voit', new Set())).toMatchObject({ index: 2, text: 'Engagement' });
    expect(finder.find('pas de vente\u202Fforcée', new Set())).toMatchObject({ text: 'vente\u202Fforcée' });
    expect(finder.find('les ventes forcées', new Set())?.term.id).toBe('vente-forcee');
  });

  it('prefers the longer term at the same place, and skips terms already used', () => {
    expect(finder.find('un Social CRM', new Set())?.term.id).toBe('social-crm');
    expect(finder.find('le Sales Engagement', new Set())?.term.id).toBe('sales-engagement');
    expect(finder.find('le Sales Engagement', new Set(['sales-engagement']))).toMatchObject({ term: { id: 'engagement' }, index: 9 });
  });

  it('property: a match is always the text at its index', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('engagement', 'CRM', ' ', 'x', 'Social', 'vente', 'forcée', 'é'), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        const m = finder.find(s, new Set());
        return m === undefined || s.slice(m.index, m.index + m.text.length) === m.text;
      }),
    );
  });
});

describe('addGlossaryPopovers', () => {
  it('turns the first use of each term into a popover button, once per page, keeping the text', () => {
    const tree = el('root', [el('p', [text('Un engagement sans CRM, puis encore l’engagement.')]), el('li', [text('Engagement encore')])]);
    const used = addGlossaryPopovers(tree, options);
    expect(used).toEqual(['engagement', 'crm']);
    const found = buttons(tree);
    expect(found.map((b) => b.properties!.popovertarget)).toEqual(['gl-engagement', 'gl-crm']);
    const p = tree.children![0]!;
    const flat = (n: Node): string => (n.type === 'text' ? n.value! : (n.children ?? []).map(flat).join(''));
    // The visible text is unchanged apart from the definitions added after each term.
    expect(p.children!.filter((n) => n.tagName !== 'span').map(flat).join('')).toBe('Un engagement sans CRM, puis encore l’engagement.');
    const popover = p.children!.find((n) => n.tagName === 'span')!;
    expect(popover.properties).toMatchObject({ id: 'gl-engagement', popover: 'auto' });
    expect(popover.children!.at(-1)!.properties!.href).toBe('/base/guide/glossaire/#engagement');
  });

  it('leaves headings, links, code and text outside prose blocks alone', () => {
    const tree = el('root', [el('h2', [text('Engagement')]), el('p', [el('a', [text('engagement')], { href: '/x/' }), el('code', [text('CRM')])]), el('div', [text('engagement')])]);
    expect(addGlossaryPopovers(tree, options)).toEqual([]);
  });
});
