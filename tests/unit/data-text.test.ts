import { describe, expect, it } from 'vitest';
import { mapText, overlayTranslation, translationProblems, type TextSpec } from '../../src/lib/data-text';
import { thrown } from '../support/thrown';

const spec: TextSpec = { fixed: new Set(['id', 'href']), own: new Set(['segment']), localizeHref: (href) => `/en${href}` };
const date = new Date('2026-01-01');
const reference = { id: 'x', date, count: 2, title: 'Titre', links: [{ label: 'Lien', href: '/a/' }], items: [{ id: 'i1', text: 'Un', reverse: true }] };

describe('overlayTranslation', () => {
  it('takes texts from the translation, structure from the reference, and localizes links', () => {
    const merged = overlayTranslation(reference, { segment: 'x-en', title: 'Title', links: [{ label: 'Link', href: '/en/a/' }], items: { i1: { text: 'One' } } }, spec, { translation: 'en.json', reference: 'fr.json' });
    expect(merged).toEqual({ id: 'x', date, count: 2, title: 'Title', links: [{ label: 'Link', href: '/en/a/' }], items: [{ id: 'i1', text: 'One', reverse: true }] });
  });

  it('accepts a list translated in place as well as keyed by id', () => {
    expect(translationProblems(reference, { title: 'T', links: [{ label: 'L' }], items: [{ text: 'One' }] }, spec)).toEqual([]);
  });

  it('lists every mismatch by field, naming both files', () => {
    const message = thrown(() =>
      overlayTranslation(reference, { id: 'y', count: 3, links: [{ label: 'Link', href: '/a/' }, { label: 'More', href: '/en/b/' }], items: { i2: { text: 'Two' } }, extra: 'x' }, spec, { translation: 'en.json', reference: 'fr.json' }),
    );
    expect(message.split('\n')).toEqual([
      'en.json ne correspond pas à fr.json :',
      '- id : « y » au lieu de « x »',
      '- count : 3 au lieu de 2',
      '- title : absent de la traduction',
      '- links : 2 élément(s) au lieu de 1',
      '- items.i2 : absent de la version de référence',
      '- items.i1 : absent de la traduction',
      '- extra : absent de la version de référence',
    ]);
  });

  it('changes neither argument', () => {
    const translation = { title: 'Title', links: [{ label: 'Link', href: '/en/a/' }], items: { i1: { text: 'One' } } };
    const before = structuredClone([reference, translation]);
    overlayTranslation(reference, translation, spec, { translation: 'en.json', reference: 'fr.json' });
    expect([reference, translation]).toEqual(before);
  });
});

describe('mapText', () => {
  it('applies the function to texts only: not to fixed keys, numbers, booleans or dates', () => {
    expect(mapText(reference, (s) => s.toUpperCase(), spec)).toEqual({ id: 'x', date, count: 2, title: 'TITRE', links: [{ label: 'LIEN', href: '/a/' }], items: [{ id: 'i1', text: 'UN', reverse: true }] });
  });
});
