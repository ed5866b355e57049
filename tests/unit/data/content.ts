/**
 * A stand-in for `astro:content` over small made-up collections, as Starlight's routing tests do:
 * each test file mocks the module with `vi.mock('astro:content', () => import('./content'))`, sets
 * the collections it needs with `useCollections`, then imports the loader afresh
 * (`vi.resetModules()`), so that every case starts with empty loader caches. The collections and
 * the log of reads live on `globalThis` because a reset gives the mock a new module instance.
 */

/** One entry as a loader sees it: collection id and validated data. */
export interface Entry {
  id: string;
  data: unknown;
}

type Collections = Record<string, Entry[]>;
const store = globalThis as typeof globalThis & { __content?: { collections: Collections; reads: string[] } };
const state = () => (store.__content ??= { collections: {}, reads: [] });

/** Replaces the fixture collections (a collection not named is empty) and clears the log of reads. */
export function useCollections(collections: Collections): void {
  store.__content = { collections: structuredClone(collections), reads: [] };
}

/** Returns the reads made since `useCollections`: `charter` for a whole collection, `charter fr/charte` for one entry. */
export function reads(): string[] {
  return state().reads;
}

const entries = (collection: string): Entry[] => state().collections[collection] ?? [];

export async function getCollection(collection: string, filter?: (entry: Entry) => boolean): Promise<Entry[]> {
  state().reads.push(collection);
  return entries(collection).filter(filter ?? (() => true));
}

export async function getEntry(collection: string, id: string): Promise<Entry | undefined> {
  state().reads.push(`${collection} ${id}`);
  return entries(collection).find((e) => e.id === id);
}
