/**
 * Made-up collections for the loader tests: one short charter, one questionnaire, one readiness
 * rule set and two guide pages, in French and English. Just enough for the loaders' rules; the
 * real files are checked by the content schemas and the build.
 */
import type { Entry } from './content';

const date = new Date('2026-01-15');

/** The French salesperson's charter: prose with spaces before « : » and straight apostrophes, a law reference, one link. */
export const charterFr = {
  kind: 'charte',
  title: 'Charte d\'essai',
  description: 'Une charte « pour voir » : courte.',
  version: '1.0',
  date,
  preamble: ['Pourquoi une charte ? Pour essayer.'],
  articles: [
    {
      number: 1,
      title: 'Dire vrai',
      commitment: 'Je dis vrai : toujours.',
      explanation: ['La vérité d\'abord.'],
      do: ['Dire le prix complet.'],
      dont: ['Cacher un frais !'],
      law: [{ source: 'civ-1112-1', about: 'Devoir d\'information : avant le contrat, art. 1112-1.' }],
      promise: 'Vous saurez tout.',
      links: [{ label: 'Page pour les acheteurs', href: '/charte/acheteurs/' }],
    },
  ],
  versioning: ['Une version par an.'],
  changelog: [{ version: '1.0', date, changes: ['Première version !'], details: [], commitments: [{ number: 1, text: 'Je dis vrai : toujours.' }] }],
};

/** Its English translation, links at their English addresses. */
export const charterEn = {
  ...charterFr,
  title: 'Trial charter',
  description: 'A charter "to see": short.',
  preamble: ['Why a charter? To try.'],
  articles: [
    {
      ...charterFr.articles[0]!,
      title: 'Tell the truth',
      commitment: 'I tell the truth: always.',
      explanation: ['Truth first.'],
      do: ['State the full price.'],
      dont: ['Hide a fee!'],
      law: [{ source: 'civ-1112-1', about: 'Duty to inform: before the contract, art. 1112-1.' }],
      promise: 'You will know everything.',
      links: [{ label: 'Page for buyers', href: '/en/charter/buyers/' }],
    },
  ],
  versioning: ['One version a year.'],
  changelog: [{ version: '1.0', date, changes: ['First version!'], details: [], commitments: [{ number: 1, text: 'I tell the truth: always.' }] }],
};

/** The companies' charter: the same shape, reused. */
export const companiesFr = { ...charterFr, title: 'Charte des entreprises' };
export const companiesEn = { ...charterEn, title: 'Companies’ charter' };

/** A companies' kit whose one dilemma cites article `article` of both charters. */
export function kit(article: number, text: string) {
  const block = { title: text, text: [text] };
  return {
    kind: 'kit',
    adoption: { title: text, description: text, intro: [text], decisions: [block], signatories: [text] },
    workshop: { title: text, description: text, intro: [text], preparation: [text], steps: [{ ...block, minutes: 60 }], after: [text] },
    dilemmas: [{ id: 'fin-de-trimestre', title: text, situation: text, question: text, salesperson: [article], company: [article], climate: 'regles', reveals: text }],
  };
}

/** The charter collection in both languages (no kit, no page for buyers). */
/** The references file: the one reference the charters cite. */
export function referenceEntries(): Entry[] {
  return [
    {
      id: 'references',
      data: {
        references: [
          {
            id: 'civ-1112-1',
            label: { fr: 'Code civil, art. 1112-1', en: 'Civil code, art. 1112-1' },
            cites: ['1112-1'],
            url: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070721',
            checked: null,
            lawyer: true,
            supports: { fr: 'Devoir d’information.', en: 'Duty to inform.' },
          },
        ],
      },
    },
  ];
}

export function charterEntries(en: unknown = charterEn): Entry[] {
  return [
    { id: 'fr/charte', data: charterFr },
    { id: 'en/charte', data: en },
    { id: 'fr/entreprises', data: companiesFr },
    { id: 'en/entreprises', data: companiesEn },
  ];
}

const band = (min: number, max: number, label: string) => ({ min, max, label, interpretation: `${label} : à lire.`, actions: [`${label} : agir.`, `${label} : suivre.`] });
const bandEn = (label: string) => ({ label, interpretation: `${label}: to read.`, actions: [`${label}: act.`, `${label}: follow.`] });

/** A French questionnaire with one dimension of two items. */
export function instrument(code = 'E') {
  return {
    code,
    version: 1,
    earlierVersions: [],
    order: 0,
    readiness: false,
    title: 'Questionnaire d\'essai',
    shortTitle: 'Essai',
    description: 'Un questionnaire : pour voir.',
    intro: ['Répondez vite !'],
    minutes: 5,
    audience: 'Les commerciaux',
    scale: { labels: ['Pas du tout', 'Peu', 'Moyen', 'Assez', 'Tout à fait'], dontKnow: 'Je ne sais pas' },
    results: { type: 'index', highest: 'Au plus haut', lowest: 'Au plus bas' },
    dimensions: [{ id: 'motivation', name: 'Motivation', shortName: 'Motivation', description: 'Ce qui pousse : le sens.', guide: '/charte/', bands: [band(0, 49, 'Bas'), band(50, 100, 'Haut')] }],
    items: [
      { id: 'm1', dimension: 'motivation', text: 'J\'aime mon travail ?' },
      { id: 'm2', dimension: 'motivation', text: 'Je sais pourquoi : oui.', reverse: true },
    ],
  };
}

/** Its English texts, keyed by the reference's ids. */
export function instrumentText() {
  return {
    segment: 'trial',
    title: 'Trial questionnaire',
    shortTitle: 'Trial',
    description: 'A questionnaire: to see.',
    intro: ['Answer fast!'],
    audience: 'Salespeople',
    scale: { labels: ['Not at all', 'A little', 'Middling', 'Quite', 'Fully'], dontKnow: 'I do not know' },
    results: { highest: 'Highest', lowest: 'Lowest' },
    dimensions: { motivation: { name: 'Motivation', shortName: 'Motivation', description: 'What drives: meaning.', bands: [bandEn('Low'), bandEn('High')] } },
    items: { m1: { text: 'I like my work?' }, m2: { text: 'I know why: yes.' } },
  };
}

/** The readiness rules: one rule on the questionnaire, then the default. */
export const readinessFr = {
  version: 1,
  rules: [
    { id: 'engagement-faible', any: [{ instrument: 'essai', dimension: 'motivation', below: 50 }], verdict: 'management-first', step: 'engagement', title: 'D\'abord l\'engagement', rationale: 'Sans envie : rien ne tient.', actions: ['Parler : écouter.', 'Revenir !'] },
    { id: 'par-defaut', verdict: 'pilot', step: 'tools', title: 'Un pilote', rationale: 'Rien ne bloque : essayez.', actions: ['Choisir un outil.', 'Mesurer ?'] },
  ],
};

export const readinessEn = {
  rules: {
    'engagement-faible': { title: 'Engagement first', rationale: 'Without will: nothing holds.', actions: ['Talk: listen.', 'Come back!'] },
    'par-defaut': { title: 'A pilot', rationale: 'Nothing blocks: try.', actions: ['Pick a tool.', 'Measure?'] },
  },
};

/** A guide page in `lang`: `name` is its file name, `order` its place in the section. */
export function page(lang: 'fr' | 'en', name: string, order: number, extra: Record<string, unknown> = {}): Entry {
  return { id: `${lang}/guide/${name}`, data: { section: 'guide', title: `${name} : titre`, description: 'Une page pour voir.', order, thisWeek: ['Essayer.'], sources: [], ...extra } };
}
