/**
 * How every island gets its data, one way for all. Its props carry only what its server render
 * needs: Astro serialises props value by value and escapes them into an attribute, so each byte
 * there costs about twice its JSON size. Everything else travels in one JSON data block of the
 * page (`components/IslandData.astro`), read once when the island hydrates
 * (`components/islands/shared/data-block.ts`). Interface strings are
 * picked from the page's dictionary by key prefix, keys kept whole, so an island translates with
 * the same keys as the views.
 */
import type { Dictionary, PickedStrings } from './i18n';

export type { PickedStrings };

/**
 * Returns the entries of `dictionary` under one of `prefixes`, keys kept whole. A prefix names a
 * dotted key path: `diagnostic.step` takes `diagnostic.step` and `diagnostic.step.title`, not
 * `diagnostic.steps`. Typed by its prefixes: `translator` of the result (or of several results
 * spread together) takes only the keys under them, so a key the island did not pick fails type
 * checking instead of throwing at run time.
 */
export function pickStrings<const P extends string>(dictionary: Dictionary, prefixes: readonly P[]): PickedStrings<P> {
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => prefixes.some((prefix) => key === prefix || key.startsWith(`${prefix}.`)))) as PickedStrings<P>;
}

/** Returns `data` as the text of an inline JSON block, `<` escaped so that no value can close the script element. */
export function dataBlockText(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

