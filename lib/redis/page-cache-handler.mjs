// Next's page cache in Redis, for several instances of the app: next.config.ts names this file as
// its cacheHandler when REDIS_URL is set, so that every instance serves the same renders and a
// revalidation on one (a vote's revalidatePath) makes all of them render the page anew.
// @fortedigital/nextjs-cache-handler keeps each entry with its tags, and when each tag and path was
// last revalidated; an entry older than a revalidation of one of its tags is a miss.
//
// Next imports this file itself, outside the app's bundles and without TypeScript: hence plain
// JavaScript and a connection of its own (lib/redis/client.ts holds the app's). REDIS_URL was
// validated at start-up (lib/db/env.ts). While Redis is away every read is a miss: pages are
// rendered on each request, slower but never stale.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "redis";

CacheHandler.onCreation(({ buildId }) => {
  const client = createClient({
    url: process.env.REDIS_URL,
    socket: { reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2000) },
    disableOfflineQueue: true,
  });
  let down = false;
  client.on("error", (error) => {
    if (!down) console.warn(`Redis (page cache) is unavailable, retrying: ${error.message}`);
    down = true;
  });
  client.on("ready", () => (down = false));
  client.connect().catch(() => {});
  // Renders of one build only: a new deployment's pages link to its own scripts and styles.
  return { handlers: [createRedisHandler({ client, keyPrefix: `page-cache:${buildId}:`, timeoutMs: 1000 })] };
});

export default CacheHandler;
