/** Addresses of the questionnaires. Pure: the loader that reads them is src/data/instruments.ts. */

/** Returns the French page route of instrument `id` (the key `href`/`localize` turn into the reader's address). */
export function instrumentRoute(id: string): string {
  return `/diagnostic/${id}/`;
}
