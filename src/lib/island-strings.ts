/**
 * Which interface strings each island uses, as key prefixes for `pickStrings` (island-props.ts).
 * Views pick with these, and so do the islands' tests. Strings a server render shows travel as
 * props; the others in the page's data block.
 */

/** The assessment's first step, which the server renders. */
export const STEP_STRINGS = ['diagnostic.step', 'diagnostic.stepHeading', 'diagnostic.keys', 'diagnostic.loading', 'diagnostic.next', 'diagnostic.back', 'diagnostic.toReview'] as const;

/** The assessment's review, results, codes and comparison. */
export const RESULT_STRINGS = ['diagnostic.review', 'diagnostic.results', 'diagnostic.code', 'diagnostic.link', 'diagnostic.compare'] as const;

/** The committee's texts, added to RESULT_STRINGS only where a committee can answer (the companies' charter). */
export const COMMITTEE_STRINGS = ['diagnostic.committee'] as const;

/**
 * The team view (none in its server render). The page's own texts (title, guide, limits, noscript)
 * stay static; a session's questionnaire and running texts are `SESSION_STRINGS`.
 */
export const TEAM_STRINGS = [
  'team.input',
  'team.file',
  'team.threshold',
  'team.status',
  'team.progress',
  'team.invalid',
  'team.duplicates',
  'team.group',
  'team.table',
  'team.weakest',
  'team.link',
  'team.readiness',
  'team.actions',
  'team.shared',
  'team.loading',
  'team.dominant',
  'team.colon',
  'team.listSeparator',
  'team.cells',
  'team.hidden',
  'team.csv',
  'team.session.title',
  'team.session.intro',
  'team.session.legend',
  'team.session.open',
  'team.session.error',
  'team.gap',
  'diagnostic.code.error',
] as const;

/**
 * A team session's questionnaire (its steps and review) and running texts, in the team page's data
 * block. The review's last step and button say the answers are validated, not shown
 * (`team.session.run.reviewStep`, `team.session.run.submit`, put in their place by the page).
 */
export const SESSION_STRINGS = [...STEP_STRINGS, 'diagnostic.review', 'team.session.run'] as const;

/** The adoption certificate's form, which the server renders. */
export const ADOPT_FORM_STRINGS = ['charter.adopt.certificateTitle', 'charter.adopt.name', 'charter.adopt.company', 'charter.adopt.submit', 'charter.adopt.loading'] as const;

/** What follows a submission: the name check, the certificate and its actions. */
export const ADOPT_CERTIFICATE_STRINGS = [
  'charter.adopt.nameMissing',
  'charter.adopt.ready',
  'charter.adopt.print',
  'charter.adopt.printHint',
  'charter.adopt.profileTitle',
  'charter.adopt.profileText',
  'charter.certificate',
] as const;
