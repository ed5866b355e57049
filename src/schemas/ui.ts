import { z } from 'astro/zod';

/**
 * A UI dictionary: flat dotted keys (`nav.skip`, `search.results`) to non-empty strings.
 * `{name}` placeholders are filled by `format()` in `src/lib/i18n.ts`.
 */
export const uiSchema = z.record(
  z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9-]+)+$/, 'Clé attendue en notation pointée, par exemple « nav.guide »'),
  z.string().min(1),
);

export type UiDictionary = z.output<typeof uiSchema>;
