/**
 * The English edition is written in British English (en-GB, src/lib/locale.ts). These are the
 * American forms a British reader would notice, each with the British one the site uses, as data:
 * the check of the built English pages (tests/dist/english.test.ts) reports every line that uses
 * one. Add a pair here when an editor finds a new one.
 *
 * Forms both spellings share are not listed: judgment (British law and usage both use it),
 * licensed / licensing (the verb is « license » in British English too), learned, spelled, draft.
 * Names and titles keep their own spelling (« Organizational Behavior… » in a source list): the
 * check leaves out the lines of bibliographic references, and the words of PROPER_NAMES anywhere.
 */

export interface SpellingPair {
  /** What the rule is about, shown in the report: « organize → organise ». */
  name: string;
  /** The American forms, as whole words (case-insensitive). */
  american: RegExp;
  /** Words the pattern catches that are right in British English too (tested on the word alone). */
  allowedWords?: RegExp;
  /** Phrases in which the form is right in British English too (a computer program): a use inside one is not reported. */
  allowedIn?: RegExp;
}

const words = (source: string) => new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, 'giu');

/** Words whose « -ize » is not the verb ending and is spelt the same in British English. */
const notVerbEnding = /^(?:\p{L}*siz|seiz|priz|capsiz|maiz|baiz|assiz)/iu;

export const SPELLING: readonly SpellingPair[] = [
  {
    name: 'organize, recognize, prioritize… → organise, recognise, prioritise (-ise, -isation)',
    american: words('\\p{L}+iz(?:e|es|ed|ing|ation|ations|ational|er|ers|able)'),
    allowedWords: notVerbEnding,
  },
  { name: 'analyze, paralyze → analyse, paralyse', american: words('\\p{L}+yz(?:e|es|ed|ing|er|ers)') },
  {
    name: 'behavior, color, favor, honor, labor… → behaviour, colour, favour, honour, labour',
    american: words(
      '(?:behavio|colo|favo|hono|labo|neighbo|humo|rumo|endeavo|harbo|vapo|flavo|vigo|cando|rigo|armo|odo|parlo|clamo|valo|fervo|demeano|savo|splendo|tumo)r(?:s|ed|ing|al|ally|able|ably|ite|ites|hood|hoods|er|ers|ful|less)?',
    ),
  },
  { name: 'center, theater, fiber, liter… → centre, theatre, fibre, litre', american: words('(?:cent|theat|fib|lit|calib|somb|lust|spect|sab)er(?:s|ed|ing)?') },
  { name: 'defense, offense, pretense → defence, offence, pretence', american: words('(?:defen|offen|preten)ses?') },
  {
    name: 'license (noun) → licence (the verb stays « license »)',
    american: words('licenses?'),
    allowedIn: /\bto license\b|\blicenses (?:it|its|them|their|our|your|this|these)\b/gi,
  },
  {
    name: 'program → programme (a computer program keeps « program »)',
    american: words('programs?'),
    allowedIn: /\b(?:computer|software|email|e-mail|mail|browser) programs?\b/gi,
  },
  { name: 'catalog → catalogue', american: words('catalogs?|cataloged|cataloging') },
  { name: 'dialog → dialogue (a dialog box keeps « dialog »)', american: words('dialogs?'), allowedIn: /\bdialogs? (?:box|boxes|window)\b|\b(?:print|save|browser) dialogs?\b/gi },
  {
    name: 'traveled, canceled, labeled, modeling… → travelled, cancelled, labelled, modelling',
    american: words('(?:travel|cancel|label|model|counsel|fuel|level|signal|total|marvel|channel|tunnel|quarrel|equal|dial|duel|pedal|rival|shovel|spiral)(?:ed|ing)|counselors?|travelers?'),
  },
  { name: 'fulfill, enroll, skillful, installment → fulfil, enrol, skilful, instalment', american: words('fulfill(?:s|ment|ments)?|enroll(?:s|ment|ments)?|skillful(?:ly)?|willful(?:ly)?|installments?|instills?|distills?') },
  { name: 'gray → grey', american: words('gray(?:s|er|est|ish|ness)?') },
  { name: 'practiced, practicing (verb) → practised, practising', american: words('practic(?:ed|ing)|(?:will|can|could|should|must|we|they|you) practice') },
  { name: 'toward, afterward → towards, afterwards', american: words('toward|afterward') },
  { name: 'aging → ageing', american: words('aging') },
  { name: 'acknowledgment → acknowledgement', american: words('acknowledgments?') },
  { name: 'percent → per cent', american: words('percent') },
  { name: 'maneuver → manoeuvre', american: words('maneuver(?:s|ed|ing)?') },
  { name: 'math → maths', american: words('math') },
  { name: 'cozy → cosy', american: words('coz(?:y|ier|iest)') },
  { name: 'mold → mould', american: words('molds?|molded|molding') },
  {
    name: 'December 9, 2016 → 9 December 2016 (dates day first)',
    american: /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?, \d{4}\b/g,
  },
];

/**
 * Names that keep their own spelling wherever they appear, in prose too: organisations and the
 * labels of other sites' interfaces. Their words are not checked.
 */
export const PROPER_NAMES: readonly string[] = ['International Organization for Standardization', 'Licenses & certifications'];

/** A use of an American form in a line of text. */
export interface SpellingFinding {
  pair: string;
  found: string;
}

/** Returns the American forms used in `text`, each with its rule; an allowed context is not one. */
export function americanFormsIn(line: string): SpellingFinding[] {
  // A name is blanked out letter for letter, so that positions stay those of the line.
  const text = PROPER_NAMES.reduce((t, name) => t.replaceAll(name, ' '.repeat(name.length)), line);
  const findings: SpellingFinding[] = [];
  for (const pair of SPELLING) {
    const phrases = pair.allowedIn ? [...text.matchAll(pair.allowedIn)].map((m) => [m.index, m.index + m[0].length] as const) : [];
    for (const match of text.matchAll(pair.american)) {
      const [start, end] = [match.index, match.index + match[0].length];
      if (pair.allowedWords?.test(match[0])) continue;
      if (phrases.some(([from, to]) => from <= start && end <= to)) continue;
      findings.push({ pair: pair.name, found: match[0] });
    }
  }
  return findings;
}
