// Rate limits. With REDIS_URL the counters live in Redis, so that every instance of the app spends
// from one budget; without it, in this process's memory (a restart resets them). While Redis is
// away each process counts in its own memory instead (rate-limiter-flexible's insurance limiter):
// limits still hold per process, so N instances allow up to N times a budget until Redis is back.
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { redis, type Redis } from "../redis/client";
import { outsideRequests } from "./outside-requests";

export type Limiter = RateLimiterAbstract;
export type LimiterOptions = Omit<IRateLimiterOptions, "keyPrefix">;

// Keys of other data in the same Redis never start with this.
const REDIS_PREFIX = "rate-limit:";

/** A limiter named `name`, counting in `store` when given (and in memory while it is away). */
export function createLimiter(name: string, options: LimiterOptions, store: Redis | null): Limiter {
  const memory = new RateLimiterMemory({ keyPrefix: name, ...options });
  if (!store) return memory;
  return new RateLimiterRedis({
    ...options,
    keyPrefix: REDIS_PREFIX + name,
    storeClient: store,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}

// On globalThis so that route handlers and server actions, which Next may bundle separately,
// share one set of counters.
const globalForLimits = globalThis as unknown as { rateLimiters?: Map<string, Limiter> };
const limiters = (globalForLimits.rateLimiters ??= new Map());

/** The process's one limiter named `name` (created on first use with these options). */
export function limiter(name: string, options: LimiterOptions): Limiter {
  let found = limiters.get(name);
  if (!found) {
    found = createLimiter(name, options, redis());
    limiters.set(name, found);
  }
  return found;
}

/**
 * Counts one request against each (limiter, key). Null when all allow it; otherwise the seconds
 * until the exhausted ones allow another.
 */
export async function spend(budgets: readonly (readonly [Limiter, string])[]): Promise<number | null> {
  // Outside the request: the in-memory limiter's timer per key would keep the request alive until
  // the key's window ends (./outside-requests.ts).
  const results = await Promise.allSettled(budgets.map(([budget, key]) => outsideRequests(() => budget.consume(key))));
  let waitMs: number | null = null;
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    waitMs = Math.max(waitMs ?? 0, result.reason.msBeforeNext);
  }
  return waitMs === null ? null : Math.max(1, Math.ceil(waitMs / 1000));
}

/** "30 seconds", "12 minutes", "20 hours": how long a refused client waits, in words. */
export function describeWait(seconds: number): string {
  if (seconds < 120) return `${seconds} seconds`;
  if (seconds < 2 * 3600) return `${Math.ceil(seconds / 60)} minutes`;
  return `${Math.ceil(seconds / 3600)} hours`;
}
