/**
 * The enablement-readiness synthesis: evaluates the rules of `content/readiness/` against the
 * team means and returns the first rule that holds, with the conditions that made it hold.
 */
import type { Readiness, ReadinessCondition, ReadinessRule, ReadinessText } from '../schemas/readiness';

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

/** Tells whether one condition holds for these means; an unknown figure never holds. */
export function holds(condition: ReadinessCondition, means: TeamMeans): boolean {
  if ('dominant' in condition) {
    const dims = means.get(condition.instrument);
    const target = dims?.get(condition.dominant);
    if (!dims || target === undefined) return false;
    return [...dims.entries()].every(([id, mean]) => id === condition.dominant || mean < target);
  }
  const figure = teamFigure(means, condition.instrument, condition.dimension);
  if (figure === undefined) return false;
  if (condition.below !== undefined) return figure < condition.below;
  return figure >= (condition.atLeast ?? 0);
}

/** Returns the first rule whose conditions hold; the set's last rule is the default. */
export function evaluateReadiness(readiness: Readiness, means: TeamMeans): Firing {
  for (const rule of readiness.rules) {
    if (rule.all) {
      if (rule.all.every((c) => holds(c, means))) return { rule, matched: rule.all };
    } else if (rule.any) {
      const matched = rule.any.filter((c) => holds(c, means));
      if (matched.length > 0) return { rule, matched };
    } else {
      return { rule, matched: [] };
    }
  }
  throw new Error('Le jeu de règles n’a pas de règle par défaut.');
}

/**
 * Returns `base` with the title, rationale and actions of each rule taken from `texts` (keyed by
 * rule id); throws, naming `file`, when a rule has no text, a text names no rule, or the number of
 * actions differs from the reference.
 */
export function mergeReadinessText(base: Readiness, texts: ReadinessText, file: string): Readiness {
  const problems: string[] = [];
  const ids = base.rules.map((r) => r.id);
  for (const id of Object.keys(texts.rules)) if (!ids.includes(id)) problems.push(`règle « ${id} » inconnue du fichier de référence`);
  const rules = base.rules.map((rule) => {
    const text = texts.rules[rule.id];
    if (!text) {
      problems.push(`règle « ${rule.id} » sans traduction`);
      return rule;
    }
    if (text.actions.length !== rule.actions.length) problems.push(`règle « ${rule.id} » : ${text.actions.length} action(s) au lieu de ${rule.actions.length}`);
    return { ...rule, title: text.title, rationale: text.rationale, actions: text.actions };
  });
  if (problems.length > 0) throw new Error(`${file} ne correspond pas à content/readiness/regles.yaml :\n- ${problems.join('\n- ')}`);
  return { ...base, rules };
}
