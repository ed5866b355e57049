/**
 * UI string lookup over a flat dictionary. Pure: the dictionary is passed in, so islands,
 * Astro components and tests share the same function.
 */

import type { UiKey } from './ui-keys';

export type { UiKey };

export type Dictionary = Readonly<Record<string, string>>;

/** Looks up an interface string by key and fills its `{name}` placeholders. */
export type Translator<K extends string> = (key: K, values?: Readonly<Record<string, string | number>>) => string;

/** The site's translator: its keys are checked against the French dictionaries. */
export type T = Translator<UiKey>;

/** The interface keys under prefix `P`: `P` itself and `P.…` (`diagnostic.step` → `diagnostic.step.title`). */
export type KeysUnder<P extends string> = Extract<UiKey, P | `${P}.${string}`>;

declare const prefixes: unique symbol;

/**
 * Strings picked from a dictionary by key prefixes `P` (`pickStrings`): the keys under them, and a
 * type-only mark of the prefixes, so that `translator` types its keys by them.
 */
export type PickedStrings<P extends string> = { readonly [K in KeysUnder<P>]?: string } & { readonly [prefixes]?: P };

/** A plural choice in a template: `{count, plural, one {# réponse} other {# réponses}}` (ICU message syntax, cases `=N` and the CLDR categories). */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;

/**
 * Returns `template` with each `{name}` replaced by `values[name]`; unknown names stay as they are.
 * A plural choice takes the case of the number by the rules of `lang` (`Intl.PluralRules`: French
 * says « 0 réponse », English « 0 answers »), `#` standing for the number.
 */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}, lang = 'fr'): string {
  return template
    .replace(PLURAL, (whole, name: string, cases: string) => {
      if (!(name in values)) return whole;
      const n = Number(values[name]);
      const options = new Map([...cases.matchAll(/(=\d+|\w+)\s*\{([^{}]*)\}/g)].map((m) => [m[1]!, m[2]!]));
      const chosen = options.get(`=${n}`) ?? options.get(new Intl.PluralRules(lang).select(n)) ?? options.get('other');
      return chosen === undefined ? whole : chosen.replaceAll('#', String(values[name]));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Returns a translator bound to `dict`. An unknown key throws, naming the key and the language,
 * so a missing string fails the build instead of showing a raw key to a reader. Strings picked by
 * prefixes (`pickStrings`) give a translator of the keys under them only; a whole dictionary, one
 * of every interface key (`UiKey`).
 */
export function translator<P extends string>(dict: PickedStrings<P>, lang?: string): Translator<KeysUnder<P>>;
export function translator<K extends string = UiKey>(dict: Dictionary, lang?: string): Translator<K>;
export function translator(dict: Dictionary, lang?: string): Translator<string> {
  return (key, values) => {
    const template = dict[key];
    if (template === undefined) throw new Error(`Chaîne d’interface manquante « ${key} »${lang ? ` (langue ${lang})` : ''}`);
    return format(template, values, lang);
  };
}

/**
 * Returns the keys missing from each language's dictionary, compared with the union of all
 * languages' keys, as messages naming the file that defines the key elsewhere. Pure.
 */
export function dictionaryGaps(keysByLang: Readonly<Record<string, ReadonlyMap<string, string>>>): string[] {
  const langs = Object.keys(keysByLang);
  const gaps: string[] = [];
  for (const lang of langs) {
    for (const other of langs) {
      if (other === lang) continue;
      for (const [key, file] of keysByLang[other]!) {
        if (!keysByLang[lang]!.has(key)) gaps.push(`« ${key} » (content/i18n/${file}.json) manque en ${lang} : ajoutez-la à content/i18n/${lang}/${file.split('/')[1]}.json`);
      }
    }
  }
  return gaps;
}
