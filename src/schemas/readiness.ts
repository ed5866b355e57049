import { z } from 'astro/zod';

/** A test on a team figure: the mean of one dimension (or `overall`, the mean of the dimension means). */
const thresholdCondition = z
  .object({
    /** Instrument id (`engagement`, `climat-ethique`, …). */
    instrument: z.string().min(1),
    /** Dimension id, or `overall`. */
    dimension: z.string().min(1),
    /** True when the team mean is strictly below this value. */
    below: z.number().min(0).max(100).optional(),
    /** True when the team mean is at least this value. */
    atLeast: z.number().min(0).max(100).optional(),
  })
  .strict()
  .refine((c) => (c.below === undefined) !== (c.atLeast === undefined), 'Indiquez soit « below », soit « atLeast ».');

/** A test on which dimension dominates its instrument (see `dominance`). */
const dominantCondition = z
  .object({
    instrument: z.string().min(1),
    /** True when this dimension dominates: mean at least `dominance.atLeast` and ahead of every other by `dominance.lead`. */
    dominant: z.string().min(1),
  })
  .strict();

/** When a dimension counts as dominant: high enough, and clearly ahead of the next one. */
export const dominanceSchema = z
  .object({
    /** Lowest team mean of a dominant dimension. */
    atLeast: z.number().min(0).max(100),
    /** Smallest lead, in points, over every other dimension of the instrument. */
    lead: z.number().min(0).max(100),
  })
  .strict();

/**
 * Dominance when the rule set does not say: at least 60, and 10 points ahead of the next. A default
 * of the data, so the schema holds it; src/lib/readiness.ts always receives the parsed value.
 */
export const DEFAULT_DOMINANCE: z.output<typeof dominanceSchema> = { atLeast: 60, lead: 10 };

export const conditionSchema = z.union([thresholdCondition, dominantCondition]);

/** One rule of the enablement-readiness synthesis; the first rule whose conditions hold fires. */
export const readinessRuleSchema = z
  .object({
    /** Stable id, shown on the page as the rule that fired. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** `any`: one condition suffices; `all`: every condition must hold; omitted: the default rule. */
    any: z.array(conditionSchema).min(1).optional(),
    all: z.array(conditionSchema).min(1).optional(),
    /** What the team should do first. */
    verdict: z.enum(['management-first', 'climate-first', 'enablement-ready', 'pilot']),
    /** The check of the « enablement or engagement first » flow this rule answers (the flow diagram groups rules by it). */
    step: z.enum(['engagement', 'climate', 'tools']),
    /** Heading of the synthesis. */
    title: z.string().min(5),
    /** Why this rule leads to this advice: the site's reasoning, said as a heuristic, not a finding. */
    rationale: z.string().min(20),
    /** Two to four concrete next steps. */
    actions: z.array(z.string().min(10)).min(2).max(4),
  })
  .strict();

export const readinessSchema = z
  .object({
    /** Edition of the rule set. */
    version: z.number().int().min(1),
    /** When a dimension counts as dominant; absent: `DEFAULT_DOMINANCE`. */
    dominance: dominanceSchema.default(DEFAULT_DOMINANCE),
    /** Answer noise of one person's score, in points: a team of n reads « close to the limit » within spread / √n of a boundary (`noiseBand`). */
    noise: z.object({ spread: z.number().min(0).max(100) }).strict().optional(),
    rules: z.array(readinessRuleSchema).min(2),
  })
  .strict()
  .superRefine((data, ctx) => {
    const last = data.rules.at(-1);
    if (last && (last.any || last.all)) {
      ctx.addIssue({ code: 'custom', path: ['rules', data.rules.length - 1], message: 'La dernière règle doit être la règle par défaut, sans « any » ni « all ».' });
    }
    data.rules.slice(0, -1).forEach((rule, i) => {
      if (!rule.any && !rule.all) ctx.addIssue({ code: 'custom', path: ['rules', i], message: `La règle « ${rule.id} » n’a pas de condition : seule la dernière règle peut être la règle par défaut.` });
    });
    const ids = new Set<string>();
    data.rules.forEach((rule, i) => {
      if (ids.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `Identifiant de règle en double : « ${rule.id} ».` });
      ids.add(rule.id);
    });
  });

export type ReadinessCondition = z.output<typeof conditionSchema>;
export type ReadinessRule = z.output<typeof readinessRuleSchema>;
export type Readiness = z.output<typeof readinessSchema>;
export type Dominance = z.output<typeof dominanceSchema>;

/** The texts of the rules in another language (`content/readiness/<lang>/regles.yaml`), keyed by rule id. */
export const readinessTextSchema = z
  .object({
    rules: z.record(
      z.string(),
      z
        .object({
          title: z.string().min(5),
          rationale: z.string().min(20),
          actions: z.array(z.string().min(10)).min(2).max(4),
        })
        .strict(),
    ),
  })
  .strict();

export type ReadinessText = z.output<typeof readinessTextSchema>;
