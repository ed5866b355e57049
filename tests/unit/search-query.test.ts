import { describe, expect, it } from 'vitest';
import { queryVariants, readQuery, writeQuery } from '../../src/lib/search-query';

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
