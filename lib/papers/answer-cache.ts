// A small in-process cache for answers computed from the papers (API answers, feeds, searches). A
// vote drops every answer that shows or orders by counts (votes are rare next to reads), but not
// those computed from the papers' text alone, such as a search's ranking: under a steady stream of
// votes a common word would otherwise be ranked again on nearly every search. Any other change to
// the papers drops everything; a time limit covers writes made by other processes, such as an
// import. An answer computed while a drop landed is not kept, so a stale answer can never be
// stored after the write that made it stale.
//
// With REDIS_URL, a drop is published to every instance of the app, which drop theirs on receipt
// (milliseconds later), and an instance whose subscription was cut drops everything when it is
// back, as it may have missed drops meanwhile. Reads stay in memory: no round trip to Redis per
// answer (docs/decisions/0021-shared-state-in-redis.md).
import { randomUUID } from "node:crypto";
import { redis, redisSubscriber } from "../redis/client";

const MAX_ENTRIES = 500;
export const DROP_CHANNEL = "answer-cache:drop";

/** What a drop takes: every answer, or those that show or order by the papers' counts (a vote's). */
export type DropScope = "all" | "counts";

/** One kind of answer: its entries, and a count of the drops that took them. */
interface Shelf {
  entries: Map<string, { value: unknown; expires: number }>;
  generation: number;
}

interface Store {
  /** Answers that show or order by counts (every drop takes them), and answers from the papers' text alone (drops of everything only). */
  counts: Shelf;
  text: Shelf;
  /** Names this process in the drops it publishes, so that it ignores its own. */
  instance: string;
  listening: boolean;
}

const emptyShelf = (): Shelf => ({ entries: new Map(), generation: 0 });

// On globalThis: Next may bundle the routes that read and the routes that vote separately.
const globalForCache = globalThis as unknown as { answerCache?: Store };
const store: Store = (globalForCache.answerCache ??= {
  counts: emptyShelf(),
  text: emptyShelf(),
  instance: randomUUID(),
  listening: false,
});

function clear(shelf: Shelf): void {
  shelf.generation += 1;
  shelf.entries.clear();
}

function dropLocal(scope: DropScope): void {
  clear(store.counts);
  if (scope === "all") clear(store.text);
}

// A drop's message: the publishing instance, then " counts" for a vote's drop.
const dropMessage = (scope: DropScope) => (scope === "all" ? store.instance : `${store.instance} counts`);

/** Subscribes to other instances' drops, once per process (nothing without REDIS_URL). */
function listenForDrops(): void {
  if (store.listening) return;
  store.listening = true;
  const subscriber = redisSubscriber();
  if (!subscriber) return;
  subscriber.on("ready", () => dropLocal("all"));
  subscriber
    .subscribe(DROP_CHANNEL, (message) => {
      const [from, scope] = message.split(" ");
      if (from !== store.instance) dropLocal(scope === "counts" ? "counts" : "all");
    })
    // A failed SUBSCRIBE is retried by the client when it reconnects; the "ready" drop covers the gap.
    .catch(() => {});
}

/**
 * The answer under `key`, computed when missing or older than `ttlMs`; keys name what they hold.
 * `textOnly`: the answer depends on the papers' text and never on their counts, so votes keep it.
 */
export async function cachedAnswer<T>(
  key: string,
  ttlMs: number,
  compute: () => Promise<T>,
  { textOnly = false }: { textOnly?: boolean } = {},
): Promise<T> {
  listenForDrops();
  const shelf = textOnly ? store.text : store.counts;
  const { entries } = shelf;
  const hit = entries.get(key);
  if (hit && hit.expires > Date.now()) return hit.value as T;
  const generation = shelf.generation;
  const value = await compute();
  if (generation === shelf.generation) {
    entries.delete(key);
    entries.set(key, { value, expires: Date.now() + ttlMs });
    // Maps keep insertion order: the first key is the oldest entry.
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  }
  return value;
}

/**
 * Drops this process's answers at once (all of them, or a vote's: those that show counts), and
 * every other instance's when Redis carries the word.
 */
export function dropCachedAnswers(scope: DropScope = "all"): void {
  dropLocal(scope);
  // Redis away: the others keep their answers until their time limit, as before Redis.
  redis()
    ?.publish(DROP_CHANNEL, dropMessage(scope))
    .catch(() => {});
}
