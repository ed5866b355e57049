import { describe, expect, it } from 'vitest';
import { getShownGlossary } from '../../../src/data/glossary';
import { loadGlossary } from '../../../src/markdown/glossary';

describe('getShownGlossary (the glossary page’s terms, on the real files)', () => {
  it('keeps every term in the file’s order, names typeset, definitions rendered to HTML', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const shown = await getShownGlossary(lang);
      const { terms } = loadGlossary(lang).glossary;
      expect(shown.terms.map((t) => t.id)).toEqual(terms.map((t) => t.id));
      expect(shown.terms.every((t) => t.html.length > 0 && !t.html.includes('](') && !/(^|[^\\])\*\w/.test(t.html))).toBe(true);
    }
    const fr = await getShownGlossary('fr');
    // French spacing before high punctuation, nowhere a plain space before « : » or « ? ».
    expect(fr.terms.map((t) => t.html).join(' ')).not.toMatch(/ [:;?!]/);
    expect(fr.terms.some((t) => t.html.includes('<a href="/'))).toBe(true);
  });
});
