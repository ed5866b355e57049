/**
 * The enablement-readiness synthesis: evaluates the rules of `content/readiness/` against the
 * team means and returns the first rule that holds, with the conditions that made it hold.
 */
import type { Dominance, Readiness, ReadinessCondition, ReadinessRule } from '../schemas/readiness';

/**
 * Dominance when the rule set does not say: at least 60, and 10 points ahead of the next. Here, not
 * in the schema, so that the team island does not bundle the schema library.
 */
export const DEFAULT_DOMINANCE: Dominance = { atLeast: 60, lead: 10 };

/** Team means: instrument id → dimension id → mean (0–100); missing dimensions are not scored. */
export type TeamMeans = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface Firing {
  rule: ReadinessRule;
  /** The conditions that held (empty for the default rule). */
  matched: ReadinessCondition[];
}

/** Returns the mean of a dimension, or `overall` as the mean of the instrument's dimension means. */
export function teamFigure(means: TeamMeans, instrument: string, dimension: string): number | undefined {
  const dims = means.get(instrument);
  if (!dims || dims.size === 0) return undefined;
  if (dimension !== 'overall') return dims.get(dimension);
  const values = [...dims.values()];
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Returns the dimension of `instrument` that dominates, or undefined when none does (a « mixed »
 * profile): its mean is at least `dominance.atLeast` and ahead of every other by `dominance.lead`.
 * Two close climates never make a dominant one, so a decimal cannot flip the synthesis.
 */
export function dominantOf(means: TeamMeans, instrument: string, dominance: Dominance = DEFAULT_DOMINANCE): string | undefined {
  const dims = [...(means.get(instrument) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = dims;
  if (!first || first[1] < dominance.atLeast) return undefined;
  return !second || first[1] - second[1] >= dominance.lead ? first[0] : undefined;
}

/** Tells whether one condition holds for these means; an unknown figure never holds. */
export function holds(condition: ReadinessCondition, means: TeamMeans, dominance: Dominance = DEFAULT_DOMINANCE): boolean {
  if ('dominant' in condition) return dominantOf(means, condition.instrument, dominance) === condition.dominant;
  const figure = teamFigure(means, condition.instrument, condition.dimension);
  if (figure === undefined) return false;
  if (condition.below !== undefined) return figure < condition.below;
  return figure >= (condition.atLeast ?? 0);
}

/** Returns the first rule whose conditions hold; the set's last rule is the default. */
export function evaluateReadiness(readiness: Readiness, means: TeamMeans): Firing {
  for (const rule of readiness.rules) {
    if (rule.all) {
      if (rule.all.every((c) => holds(c, means, readiness.dominance))) return { rule, matched: rule.all };
    } else if (rule.any) {
      const matched = rule.any.filter((c) => holds(c, means, readiness.dominance));
      if (matched.length > 0) return { rule, matched };
    } else {
      return { rule, matched: [] };
    }
  }
  throw new Error('Le jeu de règles n’a pas de règle par défaut.');
}
