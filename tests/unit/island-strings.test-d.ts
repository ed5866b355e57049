/**
 * Type tests: an island's `t` is typed by the prefixes it picked (`pickStrings`), so a key outside
 * them fails type checking instead of throwing at run time; a whole dictionary still gives `T`.
 */
import { describe, expectTypeOf, test } from 'vitest';
import { translator, type Dictionary, type KeysUnder, type T, type Translator } from '../../src/lib/i18n';
import { pickStrings } from '../../src/lib/island-props';
import { ADOPT_CERTIFICATE_STRINGS, ADOPT_FORM_STRINGS, COMMITTEE_STRINGS, RESULT_STRINGS, STEP_STRINGS, TEAM_STRINGS } from '../../src/lib/island-strings';
import { planStrings } from '../../src/components/islands/assessment/plan-strings';
import type { AssessmentData, AssessmentProps, AssessmentT, ReviewT, StepT } from '../../src/components/islands/assessment/types';
import type { TeamData, TeamT } from '../../src/components/islands/team/types';

const dictionary: Dictionary = {};

describe('pickStrings and translator', () => {
  test('a prefix takes itself and the keys under it, never a longer name', () => {
    expectTypeOf<'diagnostic.step'>().toExtend<KeysUnder<'diagnostic.step'>>();
    expectTypeOf<'diagnostic.stepHeading'>().not.toExtend<KeysUnder<'diagnostic.step'>>();
  });

  test('the translator of picked strings takes the keys under their prefixes only', () => {
    const t = translator(pickStrings(dictionary, ['charter.adopt']), 'fr');
    expectTypeOf(t).toEqualTypeOf<Translator<KeysUnder<'charter.adopt'>>>();
    t('charter.adopt.name');
    // @ts-expect-error « nav.skip » is not under « charter.adopt »
    t('nav.skip');
  });

  test('strings picked twice and spread together (props and data block) give the keys of both', () => {
    const form = pickStrings(dictionary, ADOPT_FORM_STRINGS);
    const rest = pickStrings(dictionary, ADOPT_CERTIFICATE_STRINGS) as ReturnType<typeof pickStrings<(typeof ADOPT_CERTIFICATE_STRINGS)[number]>> | undefined;
    const t = translator({ ...form, ...rest });
    t('charter.adopt.name');
    t('charter.certificate.title');
    // @ts-expect-error « charter.adopt.title » is picked by neither list
    t('charter.adopt.title');
  });

  test('the assessment island: its props, data block and plan strings give the keys of its prefixes only', () => {
    expectTypeOf(pickStrings(dictionary, STEP_STRINGS)).toEqualTypeOf<AssessmentProps['strings']>();
    expectTypeOf(pickStrings(dictionary, [...RESULT_STRINGS, ...COMMITTEE_STRINGS])).toExtend<AssessmentData['strings']>();
    const props: AssessmentProps['strings'] = {};
    const data = null as AssessmentData | null;
    // As Assessment.tsx spreads them.
    const t = translator({ ...props, ...data?.strings, ...(data && planStrings('fr')) });
    expectTypeOf(t).toEqualTypeOf<AssessmentT>();
    t('diagnostic.step');
    t('diagnostic.results.title');
    t('plan.title');
    // @ts-expect-error « team.colon » belongs to the team island
    t('team.colon');
    // @ts-expect-error « charter.adopt.name » belongs to the adoption certificate
    t('charter.adopt.name');
    // The first step alone cannot word the results.
    // @ts-expect-error « diagnostic.results.title » is not among the first step's strings
    translator(props)('diagnostic.results.title');
  });

  test("the steps and the review take the assessment's translator and the team session's alike, and nothing narrower", () => {
    expectTypeOf<AssessmentT>().toExtend<StepT>();
    expectTypeOf<AssessmentT>().toExtend<ReviewT>();
    expectTypeOf(translator(pickStrings(dictionary, [...STEP_STRINGS, 'diagnostic.review', 'team.session.run']))).toExtend<StepT & ReviewT>();
    expectTypeOf(translator(pickStrings(dictionary, STEP_STRINGS))).not.toExtend<ReviewT>();
    expectTypeOf<TeamT>().not.toExtend<StepT>();
  });

  test('the team island: its data block gives the keys of TEAM_STRINGS only', () => {
    expectTypeOf(pickStrings(dictionary, TEAM_STRINGS)).toEqualTypeOf<TeamData['strings']>();
    const t = translator({} as TeamData['strings'], 'fr-FR');
    expectTypeOf(t).toEqualTypeOf<TeamT>();
    t('team.table.caption');
    t('diagnostic.code.error.empty');
    // @ts-expect-error « team.title » is the page's own text, not the island's
    t('team.title');
    // @ts-expect-error « diagnostic.results.title » belongs to the assessment island
    t('diagnostic.results.title');
  });

  test('a whole dictionary gives the site translator', () => {
    expectTypeOf(translator(dictionary, 'fr')).toEqualTypeOf<T>();
  });
});
