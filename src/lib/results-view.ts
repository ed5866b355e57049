/**
 * The figures the assessment's results show, derived once from the scores on screen: the overall
 * index, the response style, what stands out, the risk pattern, the score table with its changes
 * from an earlier code (read against answer noise, `signals.ts`), and which dimensions the action
 * plan covers. Pure, no words: the results component translates and lays them out.
 */
import { bandOf, overallIndex, type Answers, type Score } from './scoring';
import { reliableChangeOf, responseStyle, riskPattern, standOut, type Evidence, type ReliableChange, type ResponseStyle } from './signals';
import { offeredActions } from './plan-offer';
import type { IslandInstrument, RegistryEntry } from './instrument-view';

/** One row of the score table: a dimension's score and band, its earlier score and the change (with an earlier code). */
export interface ScoreRow {
  id: string;
  name: string;
  score: Score;
  /** Label of the score's band, or « — » without a score. */
  band: string;
  earlier?: Score | undefined;
  change: ReliableChange | null;
}

export interface ResultsView {
  /** The overall index (index questionnaires with every dimension scored), else null. */
  overall: number | null;
  /** Dimensions without a score. */
  missing: number;
  /** How the answers read (yes-saying, one same answer), from answers given on the page only. */
  style: ResponseStyle | null;
  /** Dimensions that stand out from answer noise (indexes, highest and lowest), or null when none does. */
  stand: { highest: number[]; lowest: number[] } | null;
  /** True when a profile's risk pattern shows. */
  risk: boolean;
  rows: ScoreRow[];
  /** The overall index's row (index questionnaires with an overall index), its change read with the largest dimension threshold. */
  overallRow: { score: number; earlier: Score | undefined; change: ReliableChange | null } | null;
  /** Dimensions whose band actions the action plan offers. */
  offered: Set<number>;
  /** The questionnaire's name in the code registry. */
  name: string;
  /**
   * True for a questionnaire with a committee side (the companies' charter): meant to be pooled, its
   * results for one person stay short (no reading per dimension, no action plan) and point to the team view.
   */
  pooled: boolean;
}

/**
 * Returns what the results show of `scores` (answers: those given on the page, null for a result
 * link), next to `earlier` scores when an earlier code is compared.
 */
export function resultsView(instrument: IslandInstrument, registry: readonly RegistryEntry[], scores: readonly Score[], answers: Answers | null, earlier: readonly Score[] | null): ResultsView {
  const dims = instrument.dimensions;
  const config = instrument.results;
  const sizes = dims.map((d) => d.items.length);
  const groups = dims.map((d) => d.items);
  const evidence: Evidence | null = answers ? { groups, answers } : null;
  const style = answers ? responseStyle(groups, answers) : null;
  const overall = config.type === 'index' ? overallIndex(scores) : null;
  const rows = dims.map((d, i) => ({
    id: d.id,
    name: d.name,
    score: scores[i] ?? null,
    band: bandOf(d.bands, scores[i] ?? null)?.label ?? '—',
    earlier: earlier?.[i],
    change: earlier ? reliableChangeOf(scores[i], earlier[i], sizes[i]!, i, evidence) : null,
  }));
  const earlierOverall = earlier ? overallIndex(earlier) : undefined;
  // The overall index's change is read with the largest dimension threshold (its smallest dimension):
  // the error of a mean of scores is smaller than each one's.
  const overallRow = overall === null ? null : { score: overall, earlier: earlierOverall, change: earlier ? reliableChangeOf(overall, earlierOverall, Math.min(...sizes), -1, evidence && style ? evidence : null) : null };
  return {
    overall,
    missing: scores.filter((s) => s === null).length,
    style,
    stand: standOut(scores, sizes, evidence),
    risk: config.type === 'profile' && riskPattern(scores, dims.findIndex((d) => d.id === config.risk.dimension), config.risk.from, evidence),
    rows,
    overallRow,
    offered: new Set(offeredActions(dims, scores, config.type).map((o) => o.dimension)),
    name: registry.find((r) => r.id === instrument.id)?.name ?? instrument.id,
    pooled: registry.some((r) => r.id === instrument.id && r.committee),
  };
}
