// Rate limits, counted in this process's memory: enough for the one `next start` process the app
// is deployed as (a restart resets them; a cluster would need a shared store).
import { RateLimiterMemory, RateLimiterRes, type IRateLimiterOptions } from "rate-limiter-flexible";

// On globalThis so that route handlers and server actions, which Next may bundle separately,
// share one set of counters.
const globalForLimits = globalThis as unknown as { rateLimiters?: Map<string, RateLimiterMemory> };
const limiters = (globalForLimits.rateLimiters ??= new Map());

/** The process's one limiter named `name` (created on first use with these options). */
export function limiter(name: string, options: Omit<IRateLimiterOptions, "keyPrefix">): RateLimiterMemory {
  let found = limiters.get(name);
  if (!found) {
    found = new RateLimiterMemory({ keyPrefix: name, ...options });
    limiters.set(name, found);
  }
  return found;
}

/**
 * Counts one request against each (limiter, key). Null when all allow it; otherwise the seconds
 * until the exhausted ones allow another.
 */
export async function spend(budgets: readonly (readonly [RateLimiterMemory, string])[]): Promise<number | null> {
  const results = await Promise.allSettled(budgets.map(([budget, key]) => budget.consume(key)));
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
