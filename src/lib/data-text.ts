/**
 * Texts inside data files (questionnaires, readiness rules, charters): one rule tells text from
 * structure, and the two things done to texts follow it: laying a translation over the reference
 * file, and applying typography. Pure: the loaders in src/data/ read the files and call these.
 *
 * The rule: a string is text unless its key is one of the data kind's `fixed` keys (ids, codes,
 * routes, versions); numbers, booleans and dates are structure. A translation gives every text of
 * the reference and may leave structure out (it is taken from the reference); structure it does
 * give must equal the reference's, except links (`href`), which must equal the reference's link in
 * the translation's language. A list of objects with an `id` may be translated by a record keyed by
 * those ids (`items: { "e1": {...} }`), so that a translator never counts positions.
 */

/** What tells text from structure in one kind of data file. */
export interface TextSpec {
  /** Keys whose string values are structure: ids, codes, routes, enum values. */
  fixed: ReadonlySet<string>;
  /** Keys only a translation has (`segment`, its own page address): allowed there, left out of the result. */
  own?: ReadonlySet<string>;
  /** Returns the address in the translation's language of a reference link (`href`); throws for an unknown one. */
  localizeHref?: (href: string) => string;
}

type Data = Record<string, unknown>;

const isRecord = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** True when `value` holds a text somewhere: a string outside the fixed keys. */
function hasText(value: unknown, spec: TextSpec): boolean {
  if (typeof value === 'string') return true;
  if (Array.isArray(value)) return value.some((v) => hasText(v, spec));
  if (isRecord(value)) return Object.entries(value).some(([key, v]) => !spec.fixed.has(key) && hasText(v, spec));
  return false;
}

/** True when every element of `list` is an object with a string `id`, so a record keyed by id may translate it. */
const isKeyedList = (list: readonly unknown[]): list is Data[] => list.length > 0 && list.every((v) => isRecord(v) && typeof v.id === 'string');

/**
 * Walks the reference and its translation together; returns the merged value and pushes one
 * message per mismatch, each naming the field (`articles[2].do`, `items.e4.label`).
 */
function overlay(reference: unknown, translation: unknown, spec: TextSpec, path: string, problems: string[], key?: string): unknown {
  const at = path || 'racine';
  // A mismatch keeps the reference's value, so that the walk goes on and lists every problem at once.
  const mismatch = (message: string) => (problems.push(`${at} : ${message}`), reference);
  // Structure comes from the reference; a link, in the translation's language.
  const structure = (value: string) => (key === 'href' && spec.localizeHref ? spec.localizeHref(value) : value);
  if (translation === undefined) {
    if (key !== undefined && spec.fixed.has(key)) return typeof reference === 'string' ? structure(reference) : reference;
    return hasText(reference, spec) ? mismatch('absent de la traduction') : reference;
  }
  if (Array.isArray(reference)) {
    if (isRecord(translation) && isKeyedList(reference)) {
      const ids = reference.map((item) => item.id as string);
      for (const id of Object.keys(translation)) if (!ids.includes(id)) problems.push(`${path}.${id} : absent de la version de référence`);
      return reference.map((item) => overlay(item, translation[item.id as string], spec, `${path}.${item.id as string}`, problems));
    }
    if (!Array.isArray(translation)) return mismatch('liste attendue');
    if (reference.length !== translation.length) return mismatch(`${translation.length} élément(s) au lieu de ${reference.length}`);
    return reference.map((item, i) => overlay(item, translation[i], spec, `${path}[${i}]`, problems, key));
  }
  if (reference instanceof Date) {
    return translation instanceof Date && translation.getTime() === reference.getTime() ? reference : mismatch('date différente de la version de référence');
  }
  if (isRecord(reference)) {
    if (!isRecord(translation)) return mismatch('objet attendu');
    const merged: Data = {};
    for (const k of new Set([...Object.keys(reference), ...Object.keys(translation)])) {
      const where = path ? `${path}.${k}` : k;
      if (!(k in reference)) {
        if (!spec.own?.has(k)) problems.push(`${where} : absent de la version de référence`);
        continue;
      }
      merged[k] = overlay(reference[k], translation[k], spec, where, problems, k);
    }
    return merged;
  }
  if (typeof reference === 'string' && key !== undefined && spec.fixed.has(key)) {
    const expected = structure(reference);
    return translation === expected ? expected : mismatch(`« ${String(translation)} » au lieu de « ${expected} »`);
  }
  if (typeof reference === 'number' || typeof reference === 'boolean') {
    return translation === reference ? reference : mismatch(`${String(translation)} au lieu de ${String(reference)}`);
  }
  return typeof translation === typeof reference ? translation : mismatch('type différent de la version de référence');
}

/**
 * Returns the differences between a reference data file and its translation, empty when the
 * translation fits: every text given, no field the reference lacks, same list lengths, same
 * structure where the translation repeats it, links localized. One message per difference.
 */
export function translationProblems(reference: unknown, translation: unknown, spec: TextSpec): string[] {
  const problems: string[] = [];
  overlay(reference, translation, spec, '', problems);
  return problems;
}

/**
 * Returns `reference` with every text taken from `translation` (structure from the reference,
 * links localized); throws, naming both files and listing every difference, when they do not fit.
 * Neither argument is changed.
 */
export function overlayTranslation<T>(reference: T, translation: unknown, spec: TextSpec, files: { translation: string; reference: string }): T {
  const problems: string[] = [];
  const merged = overlay(reference, translation, spec, '', problems) as T;
  if (problems.length > 0) throw new Error(`${files.translation} ne correspond pas à ${files.reference} :\n- ${problems.join('\n- ')}`);
  return merged;
}

/** Returns `value` with `text` applied to every text string (outside `spec.fixed` keys); dates and numbers are kept. */
export function mapText<T>(value: T, text: (s: string) => string, spec: Pick<TextSpec, 'fixed'>): T {
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') return key !== undefined && spec.fixed.has(key) ? v : text(v);
    if (Array.isArray(v)) return v.map((item) => walk(item, key));
    if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, k)]));
    return v;
  };
  return walk(value) as T;
}
