import { z } from 'astro/zod';

/**
 * A self-assessment questionnaire (`content/diagnostics/<id>.json`; the file name is the
 * instrument id and its URL, `/diagnostic/<id>/`). Field shapes are checked first, then
 * `checkInstrument` cross-checks the whole: each broken rule becomes one issue whose path
 * points at the faulty field and whose message names the item or dimension and the rule.
 */

/** Lower-case identifier: letters, digits and hyphens (`motivation`, `lois-et-codes`). */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Identifiant attendu en minuscules et tirets, par exemple « lois-et-codes »');

/** Site-relative route with an optional fragment (`/guide/e-mc4/#motivation`). */
const route = z.string().regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'Adresse interne attendue, par exemple « /guide/e-mc4/#motivation »');

/** The Crockford Base32 symbols a result code may start with (letters only, for readability). */
export const CODE_LETTERS = 'ABCDEFGHJKMNPQRSTVWXYZ';

/** Fewest items a dimension may have; fewer makes its score too dependent on one answer. */
export const MIN_ITEMS_PER_DIMENSION = 4;

/** Most dimensions an instrument may have: the result code (20 characters) holds 12 scores. */
export const MAX_DIMENSIONS = 12;

/** A score range of a dimension, with what it means and what to do about it. */
export const bandSchema = z
  .object({
    /** Lowest score of the band (inclusive, 0–100). */
    min: z.number().int().min(0).max(100),
    /** Highest score of the band (inclusive, 0–100). */
    max: z.number().int().min(0).max(100),
    /** Short label shown in the results table (« Solide », « À consolider »). */
    label: z.string().min(2).max(40),
    /** What a score in this band suggests, in one to three sentences. */
    interpretation: z.string().min(20),
    /** Two or three concrete actions a reader can start this week. */
    actions: z.array(z.string().min(10)).min(2).max(3),
  })
  .strict();

/** One measured construct, shown as one step of the questionnaire. */
export const dimensionSchema = z
  .object({
    /** Identifier, unique in the instrument; the order of dimensions is the order of scores in result codes. */
    id: slug,
    /** Full name, used as the step title and in the results. */
    name: z.string().min(2).max(60),
    /** Short label for the radar chart axes (18 characters at most). */
    shortName: z.string().min(2).max(18),
    /** What the dimension covers, in one or two sentences. */
    description: z.string().min(20),
    /** Guide section that explains the dimension. */
    guide: route,
    /** Score bands covering 0–100 without gap or overlap, lowest first. */
    bands: z.array(bandSchema).min(2),
    /** Show each item's own position in the results (items then need `label` and `guide`); absent means no. */
    perItem: z.boolean().optional(),
  })
  .strict();

/** One statement the respondent rates on the agreement scale. */
export const itemSchema = z
  .object({
    /** Identifier, unique in the instrument. */
    id: slug,
    /** Id of the dimension the item measures. */
    dimension: slug,
    /** The statement, in the first person or about the organisation as it is. */
    text: z.string().min(15).max(220),
    /** Reverse-keyed: agreeing signals a lower level, so the value is scored 6 − x; absent means no. */
    reverse: z.boolean().optional(),
    /** Short name of what the item covers, for dimensions shown item by item. */
    label: z.string().min(2).max(60).optional(),
    /** Guide section of the item, for dimensions shown item by item. */
    guide: route.optional(),
    /**
     * The item is about something not every job has (commissions, deals, a CRM): it offers the
     * scale's `notApplicable` answer, which is not scored and leaves the item out of the count.
     */
    notApplicable: z.boolean().optional(),
  })
  .strict();

/** The answer scale: five agreement levels, from 1 to 5, plus the answer that is not scored. */
export const scaleSchema = z
  .object({
    /** Labels of values 1 to 5 (« Pas du tout d’accord » … « Tout à fait d’accord »). */
    labels: z.tuple([z.string().min(2), z.string().min(2), z.string().min(2), z.string().min(2), z.string().min(2)]),
    /** Label of the answer that is not scored (« Je ne sais pas »). */
    dontKnow: z.string().min(2),
    /** Label of the answer offered by `notApplicable` items only (« Ne s’applique pas à mon poste »), not scored either. */
    notApplicable: z.string().min(2).optional(),
  })
  .strict();

/** Results of an instrument whose dimensions are levels of one thing: an overall index makes sense. */
const indexResultsSchema = z
  .object({
    type: z.literal('index'),
    /** Heading for the highest dimension (« Votre point d’appui »). */
    highest: z.string().min(2),
    /** Heading for the lowest dimension (« À travailler en premier »). */
    lowest: z.string().min(2),
  })
  .strict();

/** Results of an instrument whose dimensions are a profile (climates): no overall index, a dominant one, a risk signal. */
const profileResultsSchema = z
  .object({
    type: z.literal('profile'),
    /** Heading for the highest dimension (« Climat dominant »). */
    highest: z.string().min(2),
    /** Heading for the lowest dimension (« Climat le moins perçu »). */
    lowest: z.string().min(2),
    /** Why the profile has no overall index, shown in its place. */
    noIndex: z.string().min(20),
    /** A dimension whose high score is a warning sign. */
    risk: z
      .object({
        /** Id of the dimension. */
        dimension: slug,
        /** Score from which the warning shows. */
        from: z.number().int().min(1).max(100),
        /** The warning, in plain words. */
        message: z.string().min(20),
      })
      .strict(),
  })
  .strict();

/** What the results page emphasises: an overall index, or a profile with a risk signal. */
export const resultsSchema = z.discriminatedUnion('type', [indexResultsSchema, profileResultsSchema]);

const instrumentShape = z
  .object({
    /** Crockford Base32 letter that starts every result code of this instrument (unique across instruments). */
    code: z.string().regex(new RegExp(`^[${CODE_LETTERS}]$`), `Une lettre majuscule parmi ${CODE_LETTERS}`),
    /**
     * Letter of the codes the management committee produces when it answers the same items together
     * (one declared answer, not anonymous): the team view sets it beside its salespeople's codes.
     * Absent for questionnaires that have no committee side.
     */
    committeeCode: z.string().regex(new RegExp(`^[${CODE_LETTERS}]$`), `Une lettre majuscule parmi ${CODE_LETTERS}`).optional(),
    /** Version, carried by result codes: raise it whenever dimensions, items or bands change meaning (1–31). */
    version: z.number().int().min(1).max(31),
    /**
     * Earlier versions whose result codes the page still opens (same dimensions, in the same order):
     * codes already in people's notes keep working, with a line naming the version that produced them.
     * Their questionnaires are kept in `content/diagnostics/archive/v<version>/`.
     */
    earlierVersions: z.array(z.number().int().min(1).max(31)).default([]),
    /** Position in lists of instruments (`/diagnostic/`). */
    order: z.number().int().min(0),
    /** Feeds the enablement-readiness synthesis of the team page; results point there. */
    readiness: z.boolean().default(false),
    /** Title, used for `<h1>` and `<title>`. */
    title: z.string().min(5),
    /** Short name, for cards and messages (« Engagement »). */
    shortTitle: z.string().min(3).max(40),
    /** Meta description (200 characters at most). */
    description: z.string().min(20).max(200),
    /** Introduction shown above the questionnaire: what it measures and how to answer. */
    intro: z.array(z.string().min(20)).min(1),
    /** Estimated time to complete, in minutes. */
    minutes: z.number().int().min(1).max(30),
    /** Who the questionnaire is for (« Tout commercial ou manager »). */
    audience: z.string().min(10),
    /** The answer scale. */
    scale: scaleSchema,
    /** How results are summarised. */
    results: resultsSchema,
    /** Measured dimensions, in questionnaire order. */
    dimensions: z.array(dimensionSchema).min(1).max(MAX_DIMENSIONS, `Au plus ${MAX_DIMENSIONS} dimensions : le code de résultat n’en contient pas davantage`),
    /** Statements, grouped by dimension in the questionnaire whatever their order here. */
    items: z.array(itemSchema).min(MIN_ITEMS_PER_DIMENSION),
  })
  .strict();

type InstrumentShape = z.output<typeof instrumentShape>;

/** Context of a cross-check: report one issue at `path`. */
type Report = (path: PropertyKey[], message: string) => void;

/** Ids used twice in `list`, each with the index of its second use. */
function duplicates(list: readonly { id: string }[]): { id: string; index: number }[] {
  const seen = new Set<string>();
  const out: { id: string; index: number }[] = [];
  list.forEach(({ id }, index) => {
    if (seen.has(id)) out.push({ id, index });
    seen.add(id);
  });
  return out;
}

/** Reports gaps, overlaps and open ends in the bands of dimension `d` (at `dimensions.<index>`). */
function checkBands(d: InstrumentShape['dimensions'][number], index: number, report: Report): void {
  const at = (b: number, field: string) => ['dimensions', index, 'bands', b, field];
  const name = `Dimension « ${d.id} »`;
  d.bands.forEach((band, b) => {
    if (band.min > band.max) report(at(b, 'min'), `${name} : la tranche ${band.min}–${band.max} commence après sa fin (règle : min ≤ max)`);
  });
  const first = d.bands[0]!;
  const last = d.bands[d.bands.length - 1]!;
  if (first.min !== 0) report(at(0, 'min'), `${name} : la première tranche commence à ${first.min} (règle : les tranches couvrent 0–100 sans trou, la première commence à 0)`);
  if (last.max !== 100) report(at(d.bands.length - 1, 'max'), `${name} : la dernière tranche finit à ${last.max} (règle : les tranches couvrent 0–100 sans trou, la dernière finit à 100)`);
  for (let b = 1; b < d.bands.length; b++) {
    const prev = d.bands[b - 1]!;
    const band = d.bands[b]!;
    if (band.min > prev.max + 1) {
      report(at(b, 'min'), `${name} : trou entre les tranches « ${prev.label} » (fin ${prev.max}) et « ${band.label} » (début ${band.min}) (règle : les tranches se suivent sans trou)`);
    } else if (band.min <= prev.max) {
      report(at(b, 'min'), `${name} : les tranches « ${prev.label} » (fin ${prev.max}) et « ${band.label} » (début ${band.min}) se chevauchent (règle : chaque score tombe dans une seule tranche)`);
    }
  }
}

/** Fewest reverse-keyed items a dimension may have. */
export const MIN_REVERSED = 2;

/**
 * True when `reversed` of a dimension's `items` are reverse-keyed in balance: half, or one off half
 * for an odd count (2 of 4, 2 or 3 of 5, 3 or 4 of 7), and at least `MIN_REVERSED`. Then agreeing
 * with everything lands the dimension near the middle of the scale instead of at the top.
 */
export function balancedKeying(items: number, reversed: number): boolean {
  return reversed >= MIN_REVERSED && Math.abs(2 * reversed - items) <= 1;
}

/**
 * Cross-checks an instrument whose fields are individually valid: unique ids, known dimensions,
 * at least four items and balanced keying (about half reverse-keyed) per dimension, bands covering 0–100 exactly,
 * a known risk dimension, item labels and guide links where results show items one by one.
 */
export function checkInstrument(data: InstrumentShape, report: Report): void {
  for (const { id, index } of duplicates(data.dimensions)) {
    report(['dimensions', index, 'id'], `Dimension « ${id} » déclarée deux fois (règle : identifiants de dimension uniques)`);
  }
  for (const { id, index } of duplicates(data.items)) {
    report(['items', index, 'id'], `Item « ${id} » déclaré deux fois (règle : identifiants d’item uniques)`);
  }
  const known = new Set(data.dimensions.map((d) => d.id));
  data.items.forEach((item, index) => {
    if (!known.has(item.dimension)) {
      report(['items', index, 'dimension'], `Item « ${item.id} » : dimension inconnue « ${item.dimension} » (règle : chaque item mesure une dimension déclarée)`);
    }
  });
  data.dimensions.forEach((d, index) => {
    const items = data.items.filter((item) => item.dimension === d.id);
    if (items.length < MIN_ITEMS_PER_DIMENSION) {
      report(['dimensions', index, 'id'], `Dimension « ${d.id} » : ${items.length} item(s) (règle : au moins ${MIN_ITEMS_PER_DIMENSION} items par dimension)`);
    }
    const reversed = items.filter((item) => item.reverse).length;
    if (items.length > 0 && !balancedKeying(items.length, reversed)) {
      report(
        ['dimensions', index, 'id'],
        `Dimension « ${d.id} » : ${reversed} item(s) inversé(s) sur ${items.length} (règle : environ la moitié des items inversés, au moins ${MIN_REVERSED}, contre l’acquiescement)`,
      );
    }
    checkBands(d, index, report);
    if (d.perItem) {
      for (const item of items) {
        if (!item.label || !item.guide) {
          report(['items', data.items.indexOf(item), item.label ? 'guide' : 'label'], `Item « ${item.id} » : la dimension « ${d.id} » est détaillée item par item (règle : chaque item y a un « label » et un « guide »)`);
        }
      }
    }
  });
  data.earlierVersions.forEach((v, index) => {
    if (v >= data.version) report(['earlierVersions', index], `Version antérieure ${v} : elle doit précéder la version actuelle ${data.version}`);
  });
  data.items.forEach((item, index) => {
    if (item.notApplicable && !data.scale.notApplicable) {
      report(['items', index, 'notApplicable'], `Item « ${item.id} » : il propose « ne s’applique pas », mais l’échelle n’en donne pas le libellé (règle : « scale.notApplicable » requis)`);
    }
  });
  data.dimensions.forEach((d, index) => {
    const items = data.items.filter((item) => item.dimension === d.id);
    const always = items.filter((item) => !item.notApplicable).length;
    if (items.some((item) => item.notApplicable) && always < MIN_ITEMS_PER_DIMENSION - 1) {
      report(['dimensions', index, 'id'], `Dimension « ${d.id} » : ${always} item(s) s’appliquent à tous les postes (règle : au moins ${MIN_ITEMS_PER_DIMENSION - 1}, pour qu’un score reste possible)`);
    }
  });
  if (data.committeeCode === data.code) {
    report(['committeeCode'], `Lettre du comité « ${data.committeeCode} » : elle doit différer de la lettre des réponses individuelles (règle : une déclaration du comité se reconnaît à sa lettre)`);
  }
  if (data.results.type === 'profile' && !known.has(data.results.risk.dimension)) {
    report(['results', 'risk', 'dimension'], `Signal de risque : dimension inconnue « ${data.results.risk.dimension} » (règle : le risque porte sur une dimension déclarée)`);
  }
}

/** A questionnaire, shape and cross-checks. */
export const instrumentSchema = instrumentShape.superRefine((data, ctx) => {
  checkInstrument(data, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
});

export type InstrumentInput = z.input<typeof instrumentSchema>;
export type InstrumentData = z.output<typeof instrumentSchema>;
export type Dimension = z.output<typeof dimensionSchema>;
export type Item = z.output<typeof itemSchema>;
export type Band = z.output<typeof bandSchema>;
export type Scale = z.output<typeof scaleSchema>;
export type ResultsConfig = z.output<typeof resultsSchema>;

/** An instrument with its id (the file name under `content/diagnostics/`). */
export type Instrument = InstrumentData & { id: string };
