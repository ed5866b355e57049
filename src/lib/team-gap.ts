/**
 * The companies' charter checked from both sides (issue 25): a management committee's declared
 * code set beside its salespeople's anonymous codes of the same questionnaire and version. Pure.
 *
 * - The perceived side is the team group exactly as `summarize` shows it (threshold, rounded means,
 *   merged bands, hidden dimensions): nothing here reads an individual score.
 * - The committee's code is a declaration (one answer agreed together, not anonymous): it is never
 *   pooled with the salespeople's codes (`summarize` leaves committee codes out).
 * - An article is named as falling short when the perceived mean is below the declared score by at
 *   least the noise margin of a change between two scores of that article, `reliableChange(items)`,
 *   the threshold individual results use for changes (src/lib/signals.ts). A team mean is less noisy
 *   than one person's score, so this margin is on the cautious side: a gap it names is not noise.
 */
import { reliableChange } from './signals';
import type { DimensionStats } from './team-stats';
import type { TeamCode, TeamInstrument, TeamSummary } from './team-summary';

/** One article: the committee's declared score beside the team's figures. */
export interface GapRow {
  id: string;
  /** The committee's declared score (null: the committee left too many items unanswered). */
  declared: number | null;
  /** The team's figures, as the team table shows them. */
  perceived: DimensionStats;
  /** Declared score minus the team's rounded mean, when both are shown. */
  gap: number | null;
  /** Smallest gap, in points, that stands out from answer noise for this article. */
  margin: number;
  /** Perception falls short of the declaration by the margin or more. */
  short: boolean;
}

/** What the gap view can say for one questionnaire with a committee side. */
export type CommitteeGap =
  /** Declared and perceived, article by article; `short` lists the articles that fall short, largest gap first. */
  | { status: 'shown'; instrument: string; version: number; count: number; rows: GapRow[]; short: string[] }
  /** A declaration, but fewer salespeople's codes of its version than the threshold. */
  | { status: 'few'; instrument: string; version: number; count: number; threshold: number }
  /** Several different declarations of the current version: the committee agrees on one. */
  | { status: 'several'; instrument: string; version: number; declarations: number }
  /** Declarations of another version only: they cannot be set beside the current questionnaire. */
  | { status: 'version'; instrument: string; version: number };

/**
 * Returns the gap view of `instrument` from the decoded `codes` (committee codes included) and the
 * team `summary` of the same codes, or null when no committee code of `instrument` was given.
 */
export function committeeGap(codes: readonly TeamCode[], summary: TeamSummary, instrument: TeamInstrument): CommitteeGap | null {
  const declarations = codes.filter((c) => c.committee && c.instrument === instrument.id);
  if (declarations.length === 0) return null;
  const current = declarations.filter((c) => c.version === instrument.version);
  const base = { instrument: instrument.id, version: instrument.version };
  if (current.length === 0) return { status: 'version', instrument: instrument.id, version: declarations[0]!.version };
  const distinct = new Set(current.map((c) => c.scores.join(',')));
  if (distinct.size > 1) return { status: 'several', ...base, declarations: distinct.size };
  const declared = current[0]!.scores;
  const group = summary.groups.find((g) => g.instrument === instrument.id && g.version === instrument.version);
  if (!group || group.status !== 'shown') return { status: 'few', ...base, count: group?.count ?? 0, threshold: summary.threshold };
  const rows = instrument.dimensions.map((d, index): GapRow => {
    const perceived = group.dimensions.find((g) => g.id === d.id)!.stats;
    const score = declared[index] ?? null;
    const gap = score !== null && perceived.status === 'shown' ? score - perceived.mean : null;
    const margin = reliableChange(d.items);
    return { id: d.id, declared: score, perceived, gap, margin, short: gap !== null && gap >= margin };
  });
  const short = rows
    .filter((r) => r.short)
    .sort((a, b) => b.gap! - a.gap!)
    .map((r) => r.id);
  return { status: 'shown', ...base, count: group.count, rows, short };
}
