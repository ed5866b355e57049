import type { Readiness } from '../../../schemas/readiness';
import type { RegistryEntry } from '../../../lib/instrument-view';
import type { TeamInstrument } from '../../../lib/team-summary';
import type { KeysUnder, PickedStrings, Translator } from '../../../lib/i18n';
import type { TEAM_STRINGS } from '../../../lib/island-strings';

/** Key prefixes of the team island's strings (`TEAM_STRINGS`). */
export type TeamPrefix = (typeof TEAM_STRINGS)[number];

/** The team island's translator: a key outside its prefixes fails type checking. */
export type TeamT = Translator<KeysUnder<TeamPrefix>>;

/** Formats a number in the page's locale (« 62,5 », “62.5”). */
export type Num = (x: number) => string;

/** Props of the team island: its server render shows nothing (the page's noscript text stands), so only its data block's id (src/lib/island-props.ts). */
export interface TeamViewProps {
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
  /** Locale of the page, for numbers (`fr-FR`, `en-US`). */
  locale: string;
}
