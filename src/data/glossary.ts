/**
 * The glossary page's terms in one language (`content/glossary/<lang>.json`, read by
 * src/markdown/glossary.ts): each term's name typeset and its full definition rendered to HTML,
 * typeset and linked (base path included), once per build and language; the page only renders them.
 */
import { loadGlossary, renderDefinition } from '../markdown/glossary';
import type { Lang } from '../lib/locale';
import { frenchTypography, frenchTypographyAfterInline, typesetter } from '../lib/typography';
import { url } from './base-path';
import { memo } from './memo';

/** A term as the glossary page shows it. */
export interface ShownTerm {
  /** Its anchor in the page. */
  id: string;
  /** Its name, typeset. */
  term: string;
  /** Its full definition as HTML: text escaped and typeset, links with the base path. */
  html: string;
}

/** The glossary page's terms, in the file's order. */
export interface ShownGlossary {
  terms: ShownTerm[];
}

/** Returns the glossary of `lang` ready to render: names typeset, definitions rendered (text after a link or emphasis spaced as such in French). */
export const getShownGlossary = memo(async (lang: Lang): Promise<ShownGlossary> => {
  const typeset = typesetter(lang);
  const typesetDefinition = (text: string, afterInline: boolean) => (lang === 'fr' ? (afterInline ? frenchTypographyAfterInline(text) : frenchTypography(text)) : typeset(text));
  return {
    terms: loadGlossary(lang).glossary.terms.map((term) => ({
      id: term.id,
      term: typeset(term.term),
      html: renderDefinition(term.text, { link: url, typeset: typesetDefinition }),
    })),
  };
});
