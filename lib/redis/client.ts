// The process's connections to Redis (REDIS_URL), shared by the rate limits, the answer cache's
// drops and the health check; null when REDIS_URL is unset. They connect on first use and keep
// reconnecting while Redis is away. Commands sent meanwhile wait for the connection; callers that
// must not wait (rate limits, the health check) look at `isReady` first and fall back.
import { createClient } from "redis";
import { getEnv } from "../db/env";

export type Redis = ReturnType<typeof createClient>;

// On globalThis: Next may bundle the routes separately, and scripts/serve.ts closes them on shutdown.
const globalForRedis = globalThis as unknown as { redisConnections?: Map<string, Redis> };
const connections = (globalForRedis.redisConnections ??= new Map());

const RETRY_MAX_MS = 2000;

/** A client that connects now and reconnects whenever the connection is lost; `role` names it in logs. */
export function connectRedis(url: string, role: string): Redis {
  const client: Redis = createClient({
    url,
    socket: {
      connectTimeout: RETRY_MAX_MS,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, RETRY_MAX_MS),
    },
  });
  // Said once per outage, not once per retry; a warning, as the app goes on without Redis.
  let down = false;
  client.on("error", (error: Error) => {
    if (!down) console.warn(`Redis (${role}) is unavailable, retrying: ${error.message}`);
    down = true;
  });
  client.on("ready", () => {
    if (down) console.warn(`Redis (${role}) is back`);
    down = false;
  });
  // Failures surface as "error" events above and as failing commands; connect() keeps retrying.
  client.connect().catch(() => {});
  return client;
}

function named(role: string): Redis | null {
  const url = getEnv().REDIS_URL;
  if (!url) return null;
  let client = connections.get(role);
  if (!client) {
    client = connectRedis(url, role);
    connections.set(role, client);
  }
  return client;
}

/** The process's connection for commands, or null without REDIS_URL. */
export function redis(): Redis | null {
  return named("commands");
}

/** The process's connection in subscriber mode (Redis keeps subscribers on a connection of their own). */
export function redisSubscriber(): Redis | null {
  return named("subscriber");
}

/** Closes every connection this process opened, letting sent commands finish. */
export async function closeRedis(): Promise<void> {
  const open = [...connections.values()];
  connections.clear();
  await Promise.allSettled(open.map((client) => (client.isReady ? client.close() : client.destroy())));
}
