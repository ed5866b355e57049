import type { Readiness } from '../../../schemas/readiness';
import type { RegistryEntry } from '../../../lib/instrument-view';
import type { TeamInstrument } from '../../../lib/team-summary';
import type { KeysUnder, PickedStrings, Translator } from '../../../lib/i18n';
import type { SESSION_STRINGS, TEAM_STRINGS } from '../../../lib/island-strings';
import type { QuestionnaireInstrument } from '../../../lib/island-instrument';

/** Key prefixes of the team island's strings (`TEAM_STRINGS`). */
export type TeamPrefix = (typeof TEAM_STRINGS)[number];

/** The team island's translator: a key outside its prefixes fails type checking. */
export type TeamT = Translator<KeysUnder<TeamPrefix>>;

/** Key prefixes of a session's strings: the questionnaire's steps and review, and the session's own. */
export type SessionPrefix = (typeof SESSION_STRINGS)[number];

/** A session's translator. */
export type SessionT = Translator<KeysUnder<SessionPrefix>>;

/** What a session on a shared device runs: every questionnaire, prepared as the assessment pages' are, and its strings. */
export interface SessionData {
  instruments: QuestionnaireInstrument[];
  /** `SESSION_STRINGS`, the review's last step and button replaced by the session's, typeset. */
  strings: PickedStrings<SessionPrefix>;
}

/** Formats a number in the page's locale (« 62,5 », “62.5”). */
export type Num = (x: number) => string;

/** Props of the team island: its server render shows nothing (the page's noscript text stands), so only its data block's id (src/lib/island-props.ts). */
export interface TeamIslandProps {
  /** Id of the page's data block, which holds the island's `TeamData`. */
  dataId: string;
}

/** The island's data, in the page's data block. */
export interface TeamData {
  instruments: TeamInstrument[];
  registry: RegistryEntry[];
  readiness: Readiness;
  /** The island's strings (`team.*` but the page's own, `diagnostic.code.error.*`), typeset. */
  strings: PickedStrings<TeamPrefix>;
  session: SessionData;
  /** Locale of the page, for numbers (`fr-FR`, `en-US`). */
  locale: string;
}
