/**
 * UI string lookup over a flat dictionary. Pure: the dictionary is passed in, so islands,
 * Astro components and tests share the same function.
 */

export type Dictionary = Readonly<Record<string, string>>;

/** Returns `template` with each `{name}` replaced by `values[name]`; unknown names stay as they are. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * Returns a translator bound to `dict`. An unknown key throws, naming the key and the language,
 * so a missing string fails the build instead of showing a raw key to a reader.
 */
export function translator(dict: Dictionary, lang?: string) {
  return (key: string, values?: Readonly<Record<string, string | number>>): string => {
    const template = dict[key];
    if (template === undefined) throw new Error(`Chaîne d’interface manquante « ${key} »${lang ? ` (langue ${lang})` : ''}`);
    return format(template, values);
  };
}

/** A translator, as islands and views receive it. */
export type T = ReturnType<typeof translator>;
