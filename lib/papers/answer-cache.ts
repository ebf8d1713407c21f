// A small in-process cache for answers computed from the papers' counts (API answers, feeds). A vote drops it all
// (votes are rare next to reads); a time limit covers writes made by other processes, such as an
// import. An answer computed while a vote landed is not kept, so a stale answer can never be
// stored after the vote that made it stale.
const MAX_ENTRIES = 500;

interface Store {
  entries: Map<string, { value: unknown; expires: number }>;
  generation: number;
}

// On globalThis: Next may bundle the routes that read and the routes that vote separately.
const globalForCache = globalThis as unknown as { answerCache?: Store };
const store: Store = (globalForCache.answerCache ??= { entries: new Map(), generation: 0 });

/** The answer under `key`, computed when missing or older than `ttlMs`; keys name what they hold. */
export async function cachedAnswer<T>(key: string, ttlMs: number, compute: () => Promise<T>): Promise<T> {
  const hit = store.entries.get(key);
  if (hit && hit.expires > Date.now()) return hit.value as T;
  const generation = store.generation;
  const value = await compute();
  if (generation === store.generation) {
    store.entries.delete(key);
    store.entries.set(key, { value, expires: Date.now() + ttlMs });
    // Maps keep insertion order: the first key is the oldest entry.
    if (store.entries.size > MAX_ENTRIES) store.entries.delete(store.entries.keys().next().value!);
  }
  return value;
}

export function dropCachedAnswers(): void {
  store.generation += 1;
  store.entries.clear();
}
