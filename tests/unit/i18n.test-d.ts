/**
 * Type tests (Vitest's typecheck, run by `npm run test:unit`): what the compiler accepts and refuses,
 * checked by tsc rather than at run time.
 */
import { describe, expectTypeOf, test } from 'vitest';
import { translator, type T, type UiKey } from '../../src/lib/i18n';

describe('UiKey', () => {
  const t = translator({ 'nav.skip': 'Aller au contenu' }, 'fr');

  test('the site translator takes the keys of the French dictionaries', () => {
    expectTypeOf(t).toEqualTypeOf<T>();
    expectTypeOf(t).parameter(0).toEqualTypeOf<UiKey>();
    expectTypeOf<'nav.skip'>().toExtend<UiKey>();
  });

  test('a key in no dictionary fails type checking', () => {
    expectTypeOf<'nav.skipp'>().not.toExtend<UiKey>();
    // @ts-expect-error « nav.skipp » is in no dictionary
    t('nav.skipp');
  });
});
