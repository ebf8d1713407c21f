// A small in-process cache for answers computed from the papers' counts (API answers, feeds). A vote drops it all
// (votes are rare next to reads); a time limit covers writes made by other processes, such as an
// import. An answer computed while a vote landed is not kept, so a stale answer can never be
// stored after the vote that made it stale.
//
// With REDIS_URL, a drop is published to every instance of the app, which drop theirs on receipt
// (milliseconds later), and an instance whose subscription was cut drops everything when it is
// back, as it may have missed drops meanwhile. Reads stay in memory: no round trip to Redis per
// answer (docs/decisions/0021-shared-state-in-redis.md).
import { randomUUID } from "node:crypto";
import { redis, redisSubscriber } from "../redis/client";

const MAX_ENTRIES = 500;
export const DROP_CHANNEL = "answer-cache:drop";

interface Store {
  entries: Map<string, { value: unknown; expires: number }>;
  generation: number;
  /** Names this process in the drops it publishes, so that it ignores its own. */
  instance: string;
  listening: boolean;
}

// On globalThis: Next may bundle the routes that read and the routes that vote separately.
const globalForCache = globalThis as unknown as { answerCache?: Store };
const store: Store = (globalForCache.answerCache ??= {
  entries: new Map(),
  generation: 0,
  instance: randomUUID(),
  listening: false,
});

function dropLocal(): void {
  store.generation += 1;
  store.entries.clear();
}

/** Subscribes to other instances' drops, once per process (nothing without REDIS_URL). */
function listenForDrops(): void {
  if (store.listening) return;
  store.listening = true;
  const subscriber = redisSubscriber();
  if (!subscriber) return;
  subscriber.on("ready", dropLocal);
  subscriber
    .subscribe(DROP_CHANNEL, (from) => {
      if (from !== store.instance) dropLocal();
    })
    // A failed SUBSCRIBE is retried by the client when it reconnects; the "ready" drop covers the gap.
    .catch(() => {});
}

/** The answer under `key`, computed when missing or older than `ttlMs`; keys name what they hold. */
export async function cachedAnswer<T>(key: string, ttlMs: number, compute: () => Promise<T>): Promise<T> {
  listenForDrops();
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

/** Drops this process's answers at once, and every other instance's when Redis carries the word. */
export function dropCachedAnswers(): void {
  dropLocal();
  // Redis away: the others keep their answers until their time limit, as before Redis.
  redis()
    ?.publish(DROP_CHANNEL, store.instance)
    .catch(() => {});
}
