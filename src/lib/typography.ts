/**
 * French typography for running text: narrow no-break spaces before `; : ! ?`,
 * inside « guillemets », and typographic apostrophes.
 * Pure string functions: used by the rehype plugin on MDX and by components on data strings.
 */

/** Narrow no-break space (U+202F), the space French typography puts before high punctuation. */
export const NNBSP = '\u202F';

/**
 * A run of high punctuation (`:`, `!`, `?!`, `!!!`) takes one space before the run, none inside it.
 * A lone colon is left alone after a slash (`https://`) or when not followed by a space (`14:30`).
 */
const highPunctuationRun = /([^\s;:!?])[ \u00A0\u202F]?([;:!?]+)(?=\s|$|[)\]»"”.,])/gu;
const openingGuillemet = /«[ \u00A0\u202F]?/gu;
const closingGuillemet = /[ \u00A0\u202F]?»/gu;
const straightApostrophe = /(\p{L})'(?=\p{L})/gu;

function spaceRun(match: string, before: string, run: string, offset: number, text: string): string {
  if (run.startsWith(':')) {
    const next = text.charAt(offset + match.length);
    if (before === '/' || (next !== '' && !/\s/u.test(next))) return match;
  }
  return `${before}${NNBSP}${run}`;
}

/** Returns `text` with French spacing and apostrophes applied; idempotent. */
export function frenchTypography(text: string): string {
  return text
    .replace(straightApostrophe, '$1’')
    .replace(openingGuillemet, `«${NNBSP}`)
    .replace(closingGuillemet, `${NNBSP}»`)
    .replace(highPunctuationRun, spaceRun);
}

const leadingHighPunctuation = /^[ \u00A0\u202F]?([;:!?]+)(?=\s|$)/u;

/**
 * Returns `text` with French spacing, for a text that follows an inline element
 * (`[lien](…) : suite`, `**Mot** ; suite`): its leading punctuation belongs to the element before.
 */
export function frenchTypographyAfterInline(text: string): string {
  return frenchTypography(text.replace(leadingHighPunctuation, `${NNBSP}$1`));
}

/** Returns the typesetting function of `lang`: French spacing for French, the text as it is otherwise. */
/** A function that applies a language's typography to a text. */
export type Typeset = (text: string) => string;

export function typesetter(lang: string): Typeset {
  return lang === 'fr' ? frenchTypography : (text) => text;
}
