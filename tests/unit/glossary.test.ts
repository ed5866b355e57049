import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Element, ElementContent } from 'hast';
import { addGlossaryPopovers, loadGlossary, renderDefinition, termFinder, type Glossary } from '../../src/markdown/glossary';
import { parseGlossary } from '../../src/schemas/glossary';

const term = (id: string, name: string, forms: string[], short: string) => ({ id, term: name, forms, short, text: `${short} Définition complète du terme, plus longue.` });
const glossary: Glossary = {
  page: '/guide/glossaire/',
  terms: [
    term('engagement', 'Engagement', ['engagement'], 'Implication réelle dans le travail et l’équipe.'),
    term('sales-engagement', 'Sales Engagement', ['Sales Engagement'], 'Logiciels de séquences de prise de contact.'),
    term('crm', 'CRM', ['CRM'], 'Gestion de la relation client et son logiciel.'),
    term('social-crm', 'Social CRM', ['Social CRM'], 'Un CRM relié aux réseaux sociaux des contacts.'),
    term('vente-forcee', 'Vente forcée', ['vente forcée', 'ventes forcées'], 'Pousser un client à acheter ce dont il n’a pas besoin.'),
  ],
};

type Node = Element | ElementContent;
const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const options = { glossary, more: 'Voir le glossaire', link: (route: string) => `/base${route}`, typeset: (t: string) => t };
const asElement = (node: Node | undefined): Element => {
  if (node?.type !== 'element') throw new Error(`élément attendu, reçu ${node?.type ?? 'rien'}`);
  return node;
};
const buttons = (node: Node): Element[] => (node.type === 'element' ? [...(node.tagName === 'button' ? [node] : []), ...node.children.flatMap(buttons)] : []);

describe('glossary data', () => {
  it('fails naming the file and the field of a malformed term', () => {
    expect(() => parseGlossary({ page: '/guide/glossaire/', terms: [{ ...glossary.terms[0], forms: [] }] }, 'content/glossary/fr.json')).toThrow(
      /content\/glossary\/fr\.json : terms\.0\.forms/,
    );
    expect(() => parseGlossary({ ...glossary, terms: [{ ...glossary.terms[0], text: 'Voir [ailleurs](http://exemple.fr/) pour la suite de la définition.' }] }, 'f.json')).toThrow(/terms\.0\.text : Lien attendu/);
  });

  it('fails on a term defined twice', () => {
    expect(() => parseGlossary({ ...glossary, terms: [...glossary.terms, glossary.terms[2]] }, 'f.json')).toThrow(/« crm » est défini deux fois/);
  });

  it('the French and English glossaries define the same terms', () => {
    const ids = (lang: 'fr' | 'en') => loadGlossary(lang).glossary.terms.map((t) => t.id).sort();
    expect(ids('en')).toEqual(ids('fr'));
  });

  it('renders a full definition: text escaped and typeset, links with the base path, emphasis', () => {
    const html = renderDefinition('Voir [le modèle](/guide/e-mc4/#motivation) : *scorecard* <b> & [là](#crm).', {
      link: (href) => `/base${href}`,
      typeset: (text, afterInline) => (afterInline ? text.replace(/^ :/, '\u202F:') : text),
    });
    expect(html).toBe('Voir <a href="/base/guide/e-mc4/#motivation">le modèle</a>\u202F: <em>scorecard</em> &lt;b&gt; &amp; <a href="#crm">là</a>.');
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
    const p = asElement(tree.children[0]);
    const flat = (n: Node): string => (n.type === 'text' ? n.value : n.type === 'element' ? n.children.map(flat).join('') : '');
    // The visible text is unchanged apart from the definitions added after each term.
    expect(p.children.filter((n) => n.type !== 'element' || n.tagName !== 'span').map(flat).join('')).toBe('Un engagement sans CRM, puis encore l’engagement.');
    const popover = asElement(p.children.find((n) => n.type === 'element' && n.tagName === 'span'));
    expect(popover.properties).toMatchObject({ id: 'gl-engagement', popover: 'auto' });
    expect(asElement(popover.children.at(-1)).properties.href).toBe('/base/guide/glossaire/#engagement');
  });

  it('leaves headings, links, code and text outside prose blocks alone', () => {
    const tree = el('root', [el('h2', [text('Engagement')]), el('p', [el('a', [text('engagement')], { href: '/x/' }), el('code', [text('CRM')])]), el('div', [text('engagement')])]);
    expect(addGlossaryPopovers(tree, options)).toEqual([]);
  });
});
