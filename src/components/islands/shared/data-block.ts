/** The client half of the island data contract (src/lib/island-props.ts): reading the page's data block. */
import { useMemo } from 'preact/hooks';

/**
 * Reads the JSON block `id` of `doc`: null during the server render (`doc` undefined), and when the
 * block is absent or unreadable (the island then shows what its props allow).
 */
export function readDataBlock<D>(doc: Pick<Document, 'getElementById'> | undefined, id: string): D | null {
  try {
    const text = doc?.getElementById(id)?.textContent;
    return text ? (JSON.parse(text) as D) : null;
  } catch {
    return null;
  }
}

/** Returns the island's data block `id`, read once; null during the server render or when the block is missing. */
export function useIslandData<D>(id: string): D | null {
  return useMemo(() => readDataBlock<D>(typeof document === 'undefined' ? undefined : document, id), [id]);
}
