/**
 * Once-per-build reads, the one cache of src/data/ (tests/unit/layers.test.ts checks that no loader
 * keeps its own): a loader wrapped here reads and checks its files on the first call for a key (a
 * language, a file; none for a whole-site read) and hands every later caller the same promise, so
 * a build that renders a hundred pages reads each collection once.
 */

/** Returns `load` memoised by its key: one call, hence one promise, per key for the whole build. */
export function memo<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return (key) => {
    let value = cache.get(key);
    if (!value) cache.set(key, (value = load(key)));
    return value;
  };
}
