import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/lib/page-title';

describe('documentTitle', () => {
  it('adds the context and the site name when they fit', () => {
    expect(documentTitle('Article 2', 'Vente engagée', 'Charte')).toBe('Article 2 · Charte · Vente engagée');
  });

  it('drops the site name first, then the context', () => {
    expect(documentTitle('Un titre', 'Site', 'Contexte', 20)).toBe('Un titre · Contexte');
    expect(documentTitle('Un titre plus long', 'Site', 'Contexte', 26)).toBe('Un titre plus long · Site');
    expect(documentTitle('Un titre bien trop long', 'Site', 'Contexte', 20)).toBe('Un titre bien trop long');
  });

  it('writes the site name once on the home page', () => {
    expect(documentTitle('Vente engagée', 'Vente engagée')).toBe('Vente engagée');
  });
});
