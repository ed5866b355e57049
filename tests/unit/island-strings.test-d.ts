/**
 * Type tests: an island's `t` is typed by the prefixes it picked (`pickStrings`), so a key outside
 * them fails type checking instead of throwing at run time; a whole dictionary still gives `T`.
 */
import { describe, expectTypeOf, test } from 'vitest';
import { translator, type Dictionary, type KeysUnder, type T, type Translator } from '../../src/lib/i18n';
import { pickStrings } from '../../src/lib/island-props';
import { ADOPT_CERTIFICATE_STRINGS, ADOPT_FORM_STRINGS } from '../../src/lib/island-strings';

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

  test('a whole dictionary gives the site translator', () => {
    expectTypeOf(translator(dictionary, 'fr')).toEqualTypeOf<T>();
  });
});
