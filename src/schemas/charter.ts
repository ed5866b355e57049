import { z } from 'astro/zod';

/**
 * The charters as data (`content/charte/<lang>/*.yaml`), one collection `charter` with three kinds
 * of entry told apart by `kind`: a charter (`charte`: the salesperson's charter `charte.yaml` and the
 * companies' charter `entreprises.yaml`, same structure), the page for buyers (`acheteurs`) and the
 * companies' adoption kit (`kit`: adoption document, workshop, dilemma cards).
 * Prose fields are plain text; the loader (src/data/charter.ts) applies French typography once, at load.
 */

/*
 * The charters' rules of validity, applied by the schemas below: article numbering, and the
 * version rule (a changed commitment needs a major version). Here, with the schema, so that
 * schemas import nothing from src/lib/ (lib takes its types from the schemas, one direction).
 */

/**
 * Returns the problems of a list of article numbers, empty when it is valid:
 * positive integers, each used once, in increasing order. Gaps are allowed on purpose:
 * a withdrawn article leaves its number unused so that older links never change meaning.
 */
export function articleNumberProblems(numbers: readonly number[]): string[] {
  const problems: string[] = [];
  numbers.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 1) problems.push(`le numéro ${n} n’est pas un entier positif`);
    const previous = numbers[i - 1];
    if (previous !== undefined && n === previous) problems.push(`le numéro ${n} est utilisé deux fois`);
    else if (previous !== undefined && n < previous) problems.push(`l’article ${n} vient après l’article ${previous}`);
  });
  return problems;
}

/** One version of a charter as the numbering rule sees it: its number and its commitments as they read in it. */
export interface VersionCommitments {
  version: string;
  commitments: readonly { number: number; text: string }[];
  /** Set on a version published before the rule was enforced that broke it: says so, and lets the check pass. */
  numberingError?: string | undefined;
}

/** Returns the major number of a `major.minor` version: 2 for `2.1`. */
function major(version: string): number {
  return Number(version.split('.')[0]);
}

/** Returns the numbers of the articles whose commitment differs between two versions (added, removed or reworded), in increasing order. */
export function changedCommitments(newer: VersionCommitments['commitments'], older: VersionCommitments['commitments']): number[] {
  const before = new Map(older.map((c) => [c.number, c.text]));
  const after = new Map(newer.map((c) => [c.number, c.text]));
  return [...new Set([...before.keys(), ...after.keys()])].filter((n) => before.get(n) !== after.get(n)).sort((a, b) => a - b);
}

/**
 * Returns the problems of a charter's versions under its own rule, empty when it holds: adding,
 * removing or rewording a commitment gives a major version. `articles` are the published
 * commitments, `changelog` the versions newest first, each with its commitments as they read in
 * it. The newest version's record must match the published text (a commitment edited in place
 * needs a new version), and each version whose commitments differ from the one before must raise
 * the major number, unless it carries `numberingError` (and then it must really have broken the rule).
 */
export function versionRuleProblems(articles: readonly { number: number; commitment: string }[], changelog: readonly VersionCommitments[]): string[] {
  const problems: string[] = [];
  const [latest] = changelog;
  if (latest) {
    const edited = changedCommitments(
      articles.map((a) => ({ number: a.number, text: a.commitment })),
      latest.commitments,
    );
    if (edited.length > 0) problems.push(`les engagements des articles ${edited.join(', ')} diffèrent de ceux de la version ${latest.version} : un engagement changé demande une nouvelle version majeure (${major(latest.version) + 1}.0)`);
  }
  changelog.slice(0, -1).forEach((newer, i) => {
    const older = changelog[i + 1]!;
    const changed = changedCommitments(newer.commitments, older.commitments);
    const raised = major(newer.version) > major(older.version);
    if (changed.length > 0 && !raised && !newer.numberingError) {
      problems.push(`version ${newer.version} : l’engagement des articles ${changed.join(', ')} a changé depuis la version ${older.version}, ce qui demande une version majeure (${major(older.version) + 1}.0), pas une version mineure`);
    }
    if (newer.numberingError && (changed.length === 0 || raised)) problems.push(`version ${newer.version} : « numberingError » est posé alors que cette version respecte la règle`);
  });
  return problems;
}

/** A sentence of running text: no line breaks, no stray spaces at either end. */
const sentence = z
  .string()
  .trim()
  .min(10)
  .refine((s) => !/\n/.test(s), 'Une seule ligne attendue');

/** An internal link from a charter text to another page of the site. */
export const charterLinkSchema = z
  .object({
    /** Link text, meaningful on its own (never « ici »). */
    label: z.string().min(3),
    /** Site-relative address, with its anchor if any (`/charte/acheteurs/#signaler`). */
    href: z.string().regex(/^\/[a-z0-9\-/]*\/(#[a-z0-9-]+)?$/, 'Adresse interne attendue, par exemple « /charte/acheteurs/ »'),
  })
  .strict();

/** A law an article relates to: a reference of `content/site/references.yaml` and what it says here, in a few words. */
export const lawReferenceSchema = z
  .object({
    /** Id of the reference in `content/site/references.yaml`, which gives its citation, official source and check date. */
    source: z.string().regex(/^[a-z0-9-]+$/, 'Identifiant de référence attendu (content/site/references.yaml)'),
    /** What the text provides, in one short sentence. */
    about: sentence,
  })
  .strict();

/** One numbered article of the charter. */
export const charterArticleSchema = z
  .object({
    /** Article number; gives the anchor `#article-<number>`, so it never changes once published. */
    number: z.number().int().min(1),
    /** Short title (« Dire vrai »). */
    title: z.string().min(3).max(60),
    /** The commitment, in the first person, in one sentence. */
    commitment: sentence.max(220).refine((s) => !/[.!?…]\s+\p{Lu}/u.test(s), 'L’engagement tient en une seule phrase'),
    /** What the commitment means and why it matters: one to three short paragraphs. */
    explanation: z.array(sentence).min(1).max(3),
    /** « En pratique », what a signatory does. */
    do: z.array(sentence).min(2).max(5),
    /** « En pratique », what a signatory refuses to do. */
    dont: z.array(sentence).min(2).max(5),
    /** Laws the article relates to, with references; empty when none applies. */
    law: z.array(lawReferenceSchema).default([]),
    /** What this article promises a buyer, in one sentence addressed to them (page for buyers). */
    promise: sentence.max(200),
    /** Links to other pages of the site that carry the article further. */
    links: z.array(charterLinkSchema).default([]),
    /** Companies' charter: one to three figures a company can report to show it keeps the article. */
    indicators: z.array(sentence).min(1).max(3).optional(),
    /** Companies' charter: who answers for the article (a role, never a name). */
    owner: z.string().trim().min(3).max(120).optional(),
  })
  .strict();

/** One change of a version explained for the page « ce qui a changé », with the articles it touches. */
export const charterChangeDetailSchema = z
  .object({
    /** Numbers of the articles concerned; empty for a change outside the articles (badge, licence). */
    articles: z.array(z.number().int().min(1)),
    /** What changed and why, in a short paragraph. */
    text: sentence,
  })
  .strict();

/** One entry of the changelog. */
export const charterChangeSchema = z
  .object({
    /** Version number, `major.minor`. */
    version: z.string().regex(/^\d+\.\d+$/, 'Numéro de version attendu sous la forme « 1.0 »'),
    /** Publication date (YYYY-MM-DD). */
    date: z.coerce.date(),
    /** What changed, one sentence per change. */
    changes: z.array(sentence).min(1),
    /** The changes explained one by one, on the version's page « ce qui a changé ». */
    details: z.array(charterChangeDetailSchema).default([]),
    /** The commitments as they read in this version, so that every version stays readable and the numbering rule can be checked. */
    commitments: z
      .array(
        z
          .object({
            /** Article number. */
            number: z.number().int().min(1),
            /** The commitment's text in this version. */
            text: sentence,
          })
          .strict(),
      )
      .min(1),
    /** For a version published before the numbering rule was checked and that broke it: what went wrong, shown on the changelog. */
    numberingError: sentence.optional(),
  })
  .strict();

/** A charter: title, version, preamble, articles and changelog (`content/charte/<lang>/charte.yaml`, `entreprises.yaml`). */
export const charterSchema = z
  .object({
    kind: z.literal('charte'),
    /** Title of the charter, used for `<h1>`, share previews and the certificate. */
    title: z.string().min(5),
    /** One or two sentences for search engines and share previews. */
    description: z.string().min(20).max(200),
    /** Current version, `major.minor`; must be the first changelog entry. */
    version: z.string().regex(/^\d+\.\d+$/),
    /** Date of the current version (YYYY-MM-DD). */
    date: z.coerce.date(),
    /** Why a charter: short paragraphs. */
    preamble: z.array(sentence).min(2).max(8),
    /** The numbered articles, six to twelve, in increasing order of number. */
    articles: z
      .array(charterArticleSchema)
      .min(6)
      .max(12)
      .superRefine((articles, ctx) => {
        for (const problem of articleNumberProblems(articles.map((a) => a.number))) ctx.addIssue({ code: 'custom', message: problem });
      }),
    /** How versions are numbered and what adopting a version means. */
    versioning: z.array(sentence).min(1),
    /** Changelog, newest first. */
    changelog: z.array(charterChangeSchema).min(1),
  })
  .strict()
  .superRefine((charter, ctx) => {
    const latest = charter.changelog[0];
    if (latest && (latest.version !== charter.version || latest.date.getTime() !== charter.date.getTime())) {
      ctx.addIssue({ code: 'custom', path: ['changelog', 0], message: `La première entrée de l’historique doit être la version ${charter.version} du ${charter.date.toISOString().slice(0, 10)}` });
    }
    for (const problem of versionRuleProblems(charter.articles, charter.changelog)) ctx.addIssue({ code: 'custom', path: ['changelog'], message: problem });
    // Indicators and owner go together, and on every article once one has them (the companies' charter).
    const checkable = charter.articles.some((a) => a.indicators || a.owner);
    charter.articles.forEach((a, i) => {
      if (checkable && (!a.indicators || !a.owner)) ctx.addIssue({ code: 'custom', path: ['articles', i], message: `L’article ${a.number} doit indiquer « indicators » et « owner », comme les autres articles de cette charte` });
    });
    const numbers = new Set(charter.articles.map((a) => a.number));
    charter.changelog.forEach((entry, i) =>
      entry.details.forEach((detail, j) => {
        for (const n of detail.articles) {
          if (!numbers.has(n)) ctx.addIssue({ code: 'custom', path: ['changelog', i, 'details', j, 'articles'], message: `L’article ${n} n’existe pas dans cette charte` });
        }
      }),
    );
  });

/** One step of the procedure a buyer follows to report a breach. */
export const reportStepSchema = z
  .object({
    /** Short title of the step (« Dites-le au commercial »). */
    title: z.string().min(5),
    /** What to do, in a short paragraph. */
    text: sentence,
    /** A page of the site that helps with this step. */
    link: charterLinkSchema.optional(),
  })
  .strict();

/** The page for buyers: what a signatory promises (`content/charte/<lang>/acheteurs.yaml`). */
export const buyersPageSchema = z
  .object({
    kind: z.literal('acheteurs'),
    /** Page title. */
    title: z.string().min(5),
    /** One or two sentences for search engines and share previews. */
    description: z.string().min(20).max(200),
    /** Opening paragraphs. */
    intro: z.array(sentence).min(1),
    /** What the charter is not (no label, no register), so that nobody reads more into it. */
    limits: z.array(sentence).min(1),
    /** Steps to report a breach, in order. */
    report: z.array(reportStepSchema).min(2),
    /** Closing paragraphs: citing the charter in a call for tenders, its licence. */
    closing: z.array(sentence).default([]),
  })
  .strict();

/** The site's five ethical climates (Victor and Cullen), ids of the climate questionnaire's dimensions and anchors of /ethique/. */
export const CLIMATES = ['respect', 'regles', 'lois-et-codes', 'independance', 'instrumental'] as const;

/** A titled block of text in the adoption kit. */
const kitBlockSchema = z
  .object({
    /** Short heading. */
    title: z.string().min(3).max(80),
    /** One or more short paragraphs. */
    text: z.array(sentence).min(1),
  })
  .strict();

/** One dilemma card of the team workshop. */
export const dilemmaSchema = z
  .object({
    /** Stable id, used as the card's anchor (`#dilemme-3` style ids are built from it). */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Short title of the card. */
    title: z.string().min(5).max(70),
    /** The situation, told in a few sentences. */
    situation: sentence,
    /** The question put to the team. */
    question: sentence,
    /** Articles of the salesperson's charter the dilemma tests. */
    salesperson: z.array(z.number().int().min(1)).min(1),
    /** Articles of the companies' charter the dilemma tests. */
    company: z.array(z.number().int().min(1)).min(1),
    /** The ethical climate the team's answer tends to reveal. */
    climate: z.enum(CLIMATES),
    /** What the usual answers say about that climate, for the facilitator. */
    reveals: sentence,
  })
  .strict();

/** The companies' adoption kit (`content/charte/<lang>/kit-entreprises.yaml`). */
export const companyKitSchema = z
  .object({
    kind: z.literal('kit'),
    /** The printable adoption document for a management committee. */
    adoption: z
      .object({
        title: z.string().min(5),
        description: z.string().min(20).max(200),
        intro: z.array(sentence).min(1),
        /** What the committee decides, point by point. */
        decisions: z.array(kitBlockSchema).min(3),
        /** Lines to sign at the end (« Direction générale », …). */
        signatories: z.array(z.string().min(3)).min(1),
      })
      .strict(),
    /** The one-hour team workshop. */
    workshop: z
      .object({
        title: z.string().min(5),
        description: z.string().min(20).max(200),
        intro: z.array(sentence).min(1),
        /** Before the session: people, material, ground rules. */
        preparation: z.array(sentence).min(1),
        /** The hour, step by step; `minutes` add up to 60. */
        steps: z.array(kitBlockSchema.extend({ minutes: z.number().int().min(1) }).strict()).min(3),
        /** After the session: what to do with what came out. */
        after: z.array(sentence).min(1),
      })
      .strict()
      .refine((w) => w.steps.reduce((sum, s) => sum + s.minutes, 0) === 60, 'Les étapes de l’atelier doivent durer 60 minutes en tout'),
    /** The dilemma cards, about ten. */
    dilemmas: z.array(dilemmaSchema).min(6).max(12),
  })
  .strict();

/** An entry of the `charter` collection: a charter, the page for buyers or the companies' kit. */
export const charterCollectionSchema = z.discriminatedUnion('kind', [charterSchema, buyersPageSchema, companyKitSchema]);

export type CharterArticle = z.output<typeof charterArticleSchema>;
export type LawReference = z.output<typeof lawReferenceSchema>;
export type CharterLink = z.output<typeof charterLinkSchema>;
export type CharterChange = z.output<typeof charterChangeSchema>;
export type CompanyKit = z.output<typeof companyKitSchema>;
export type Dilemma = z.output<typeof dilemmaSchema>;
export type Climate = (typeof CLIMATES)[number];
export type CharterInput = z.input<typeof charterSchema>;
export type Charter = z.output<typeof charterSchema>;
export type BuyersPageInput = z.input<typeof buyersPageSchema>;
export type BuyersPage = z.output<typeof buyersPageSchema>;
export type CharterEntry = z.output<typeof charterCollectionSchema>;

/** True when the entry is the charter itself. */
export function isCharter(entry: CharterEntry): entry is Charter {
  return entry.kind === 'charte';
}

/** True when the entry is the page for buyers. */
export function isBuyersPage(entry: CharterEntry): entry is BuyersPage {
  return entry.kind === 'acheteurs';
}

/** True when the entry is the companies' adoption kit. */
export function isCompanyKit(entry: CharterEntry): entry is CompanyKit {
  return entry.kind === 'kit';
}
