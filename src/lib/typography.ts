/**
 * Typography for running text, one function per language:
 * - French: narrow no-break spaces before `; : ! ?` and `%`, inside « guillemets », between a
 *   number and « h » in times and durations (« 9 h », « 17 h 30 »), a no-break space after « n° »,
 *   and typographic apostrophes;
 * - English: typographic apostrophes and quotation marks (’ ‘ “ ”), as the Markdown pages get
 *   them from the build (smartypants), for texts that come from JSON and YAML.
 * Pure string functions: used by the rehype plugin on MDX and by the loaders on data strings.
 */

/** Narrow no-break space (U+202F), the space French typography puts before high punctuation. */
export const NNBSP = '\u202F';

/** No-break space (U+00A0), the space after « n° ». */
export const NBSP = '\u00A0';

/**
 * A run of high punctuation (`:`, `!`, `?!`, `!!!`) takes one space before the run, none inside it.
 * A lone colon is left alone after a slash (`https://`) or when not followed by a space (`14:30`).
 */
const highPunctuationRun = /([^\s;:!?])[ \u00A0\u202F]?([;:!?]+)(?=\s|$|[)\]»"”.,])/gu;
const openingGuillemet = /«[ \u00A0\u202F]?/gu;
const closingGuillemet = /[ \u00A0\u202F]?»/gu;
const straightApostrophe = /(\p{L})'(?=\p{L})/gu;
/**
 * A text that starts with a space and high punctuation (` : suite`, a dictionary's ` : ` separator)
 * follows something printed before it: its space becomes the narrow no-break one.
 */
const leadingSpacedRun = /^[ \u00A0]([;:!?]+)(?=\s|$)/u;
/** A percent sign after a number (not a `%2F` escape inside an address). */
const percent = /(\d)[ \u00A0\u202F]?%(?![0-9A-Fa-f]{2})/gu;
/** « 9 h », « 17 h 30 »: a number, a space, « h » alone, then perhaps two digits of minutes. */
const hour = /(\d)[ \u00A0\u202F]h(?:[ \u00A0\u202F](\d{2}))?(?![\p{L}\d])/gu;
/** « n° 3 », « N° 12 » (with the degree sign or the ordinal indicator). */
const numero = /(^|[^\p{L}\d])([nN][°º])[ \u00A0\u202F]?(?=[\p{L}\d])/gu;

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
    .replace(highPunctuationRun, spaceRun)
    .replace(percent, `$1${NNBSP}%`)
    .replace(hour, (_, digit: string, minutes: string | undefined) => `${digit}${NNBSP}h${minutes === undefined ? '' : `${NNBSP}${minutes}`}`)
    .replace(numero, `$1$2${NBSP}`)
    .replace(leadingSpacedRun, `${NNBSP}$1`);
}

const leadingHighPunctuation = /^[ \u00A0\u202F]?([;:!?]+)(?=\s|$)/u;

/**
 * Returns `text` with French spacing, for a text that follows an inline element
 * (`[lien](…) : suite`, `**Mot** ; suite`): its leading punctuation belongs to the element before.
 */
export function frenchTypographyAfterInline(text: string): string {
  return frenchTypography(text.replace(leadingHighPunctuation, `${NNBSP}$1`));
}

/** A quote opens at the start or after a space, an opening bracket, a dash or a slash; otherwise it closes (or is an apostrophe). */
const opensAfter = /[\s([{\u2014\u2013/‘“-]/u;
/** An apostrophe even where a quote would open: an elided ending (`'s` after a link) or decade (`'90s`). */
const elision = /^'(?:s|t|re|ll|ve|d|m|\d\ds)(?![\p{L}\d])/u;

/**
 * Returns `text` with English typographic apostrophes and quotation marks: `it's` → `it’s`,
 * `'word'` → `‘word’`, `"word"` → `“word”`. Every other character is kept; idempotent.
 * A text that holds markup (`<`…`>`) is left as it is: its quotes delimit attributes.
 */
export function englishTypography(text: string): string {
  if (!/['"]/.test(text) || /<[a-z!/]/i.test(text)) return text;
  let out = '';
  let previous = '';
  let index = 0;
  for (const char of text) {
    const at = index;
    index += char.length;
    if (char === "'" || char === '"') {
      const opening = (previous === '' || opensAfter.test(previous)) && !(char === "'" && elision.test(text.slice(at, at + 5)));
      const typographic = char === "'" ? (opening ? '‘' : '’') : opening ? '“' : '”';
      out += typographic;
      previous = typographic;
    } else {
      out += char;
      previous = char;
    }
  }
  return out;
}

/** A function that applies a language's typography to a text. */
export type Typeset = (text: string) => string;

/** Returns the typesetting function of `lang`: French spacing for French, English quotes for English, the text as it is otherwise. */
export function typesetter(lang: string): Typeset {
  if (lang === 'fr') return frenchTypography;
  if (lang === 'en') return englishTypography;
  return (text) => text;
}
