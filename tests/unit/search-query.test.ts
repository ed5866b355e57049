import { describe, expect, it } from 'vitest';
import { answersQuery, foldWord, sameExcerpt, queryVariants, readQuery, readSection, SEARCH_SECTIONS, searchSectionOf, wordsAt, writeQuery, writeSection } from '../../src/lib/search-query';

describe('queryVariants', () => {
  it('adds the ligature spelling of oe', () => {
    expect(queryVariants('oeuvre')).toEqual(['oeuvre', 'œuvre']);
  });
  it('adds the spelled-out form of œ', () => {
    expect(queryVariants('Cœur')).toEqual(['Cœur', 'coeur']);
  });
  it('leaves other queries alone and trims them', () => {
    expect(queryVariants('  équipe   commerciale ')).toEqual(['équipe commerciale']);
  });
  it('returns nothing for a blank query', () => {
    expect(queryVariants('   ')).toEqual([]);
  });
});

describe('readQuery and writeQuery', () => {
  it('reads q from a search string', () => {
    expect(readQuery('?q=climat%20%C3%A9thique')).toBe('climat éthique');
    expect(readQuery('')).toBe('');
  });
  it('writes q into the URL and removes it when empty', () => {
    expect(writeQuery('https://x.fr/recherche/?q=a#r', 'équipe')).toBe('/recherche/?q=%C3%A9quipe#r');
    expect(writeQuery('https://x.fr/recherche/?q=a', ' ')).toBe('/recherche/');
  });
});

describe('search sections', () => {
  it('places each French route in its section, the toolkit apart from the guide', () => {
    expect(searchSectionOf('/guide/e-mc4/')).toBe('guide');
    expect(searchSectionOf('/guide/outils/delegation/')).toBe('outils');
    expect(searchSectionOf('/ethique/')).toBe('ethique');
    expect(searchSectionOf('/charte/article-3/')).toBe('charte');
    expect(searchSectionOf('/diagnostic/engagement/')).toBe('autodiagnostics');
    expect(searchSectionOf('/a-propos/')).toBe('a-propos');
    expect(searchSectionOf('/')).toBeUndefined();
    expect(searchSectionOf('/recherche/')).toBeUndefined();
  });
  it('reads only a known section from the address', () => {
    expect(readSection('?q=x&rubrique=ethique')).toBe('ethique');
    expect(readSection('?rubrique=inconnue')).toBeUndefined();
    expect(readSection('?q=x')).toBeUndefined();
  });
  it('writes and removes the section, keeping the query', () => {
    expect(writeSection('/recherche/?q=vente', 'guide')).toBe('/recherche/?q=vente&rubrique=guide');
    expect(writeSection('/recherche/?q=vente&rubrique=guide', undefined)).toBe('/recherche/?q=vente');
  });
  it('offers a filter for every section a page can belong to, except « à propos »', () => {
    expect([...SEARCH_SECTIONS].sort()).toEqual(['autodiagnostics', 'charte', 'ethique', 'guide', 'outils']);
  });
});

describe('answersQuery', () => {
  it('rejects the fallback matches of a word the site never uses', () => {
    expect(answersQuery('Medef', ['mes', 'me'])).toBe(false);
    expect(answersQuery('MEDDIC', ['Mes'])).toBe(false);
    expect(answersQuery('photosynthèse', ['p.'])).toBe(false);
    expect(answersQuery('kubernetes', ['Kuhn,'])).toBe(false);
    expect(answersQuery('engagement kubernetes', ['engagement', 'k'])).toBe(false);
  });

  it('accepts the word itself, its extensions and its family, whatever the accents and ligatures', () => {
    expect(answersQuery('équipe', ['équipes'])).toBe(true);
    expect(answersQuery('equipe', ['l’Équipe,'])).toBe(true);
    expect(answersQuery('oeuvre', ['œuvre'])).toBe(true);
    expect(answersQuery('commerciaux', ['commercial'])).toBe(true);
    expect(answersQuery('engagements', ['engagement.'])).toBe(true);
    expect(answersQuery('orientation', ['Orienter'])).toBe(true);
    expect(answersQuery('E=MC4', ['(E=MC4)'])).toBe(true);
    expect(answersQuery('climat éthique', ['climat', 'éthique'])).toBe(true);
  });

  it('needs every word of the query', () => {
    expect(answersQuery('climat éthique', ['climat'])).toBe(false);
  });
});

describe('wordsAt and foldWord', () => {
  it('reads the words at Pagefind positions', () => {
    expect(wordsAt('Le climat  éthique\ncompte', [1, 2, 9])).toEqual(['climat', 'éthique']);
  });
  it('folds case, accents and ligatures', () => {
    expect(foldWord('Œuvre Éthique')).toBe('oeuvre ethique');
  });
});

describe('sameExcerpt', () => {
  it('recognises the same passage, shifted or marked differently', () => {
    const page = 'Le climat <mark>éthique</mark> d’une organisation décrit ce que ses membres jugent acceptable…';
    const section = '…climat <mark>éthique</mark> d’une organisation décrit ce que ses membres jugent acceptable quand';
    expect(sameExcerpt(page, section)).toBe(true);
  });
  it('tells two passages apart', () => {
    expect(sameExcerpt('Le climat <mark>éthique</mark> d’une organisation', 'La charte <mark>éthique</mark> du commercial engage celui qui la signe')).toBe(false);
    expect(sameExcerpt('', 'texte')).toBe(false);
  });
});
