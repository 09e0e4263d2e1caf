/**
 * A least-recently-used cache bounded by entries and by bytes: adding past either bound evicts the least recently
 * used entries; a value larger than the byte bound is not kept at all.
 */

export interface LruCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  readonly size: number;
  readonly bytes: number;
}

export function createLruCache<V>(options: { maxEntries: number; maxBytes: number; sizeOf: (value: V) => number }): LruCache<V> {
  const entries = new Map<string, { value: V; bytes: number }>();
  let bytes = 0;

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };

  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      // Re-inserted last: the Map's order is the order of last use.
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value) {
      remove(key);
      const size = options.sizeOf(value);
      if (size > options.maxBytes) return;
      entries.set(key, { value, bytes: size });
      bytes += size;
      while (entries.size > options.maxEntries || bytes > options.maxBytes) remove(entries.keys().next().value!);
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
