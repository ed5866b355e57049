/**
 * Plural forms of interface strings, chosen by `Intl.PluralRules`: a counted string has one key per
 * form, `<key>.one` and `<key>.other` (« 0 réponse distincte », « 5 codes valides » in French, where
 * 0 and 1 take the singular; “1 code”, “0 codes” in English). Pure: the translator is passed in.
 */
import type { Translator } from './i18n';

const rules = new Map<string, Intl.PluralRules>();

/** Returns the plural form of `count` in `locale`: `one`, or `other` for every other category. */
export function pluralForm(locale: string, count: number): 'one' | 'other' {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(count) === 'one' ? 'one' : 'other';
}

/** Returns the string `base.one` or `base.other` for `count`, its `{count}` (and `values`) filled. */
export function plural<K extends string>(t: Translator<K>, locale: string, base: string, count: number, values: Readonly<Record<string, string | number>> = {}): string {
  return t(`${base}.${pluralForm(locale, count)}` as K, { count, ...values });
}
