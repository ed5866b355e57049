import { describe, expect, it } from 'vitest';
import { queryVariants, readQuery, readSection, SEARCH_SECTIONS, searchSectionOf, writeQuery, writeSection } from '../../src/lib/search-query';

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
