// Rate limits on votes, set far above what a person clicking can reach and well within what a
// script reaches. Counters live in this process's memory: a restart resets them, and two app
// processes would each count on their own (one `next start` is the supported set-up).
import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/** Upvotes and un-upvotes per voter (cookie) per minute. */
export const VOTER_LIMIT = { points: 60, duration: 60 };
/** Per client address per minute: a whole lab behind one NAT address stays well below it. */
export const ADDRESS_LIMIT = { points: 300, duration: 60 };

type Limiters = { voter: RateLimiterMemory; address: RateLimiterMemory };

// On globalThis so that the route handler and the server action, which Next may bundle
// separately, share one set of counters.
const globalForLimits = globalThis as unknown as { voteLimiters?: Limiters };
const limiters: Limiters = (globalForLimits.voteLimiters ??= {
  voter: new RateLimiterMemory({ keyPrefix: "vote-voter", ...VOTER_LIMIT }),
  address: new RateLimiterMemory({ keyPrefix: "vote-address", ...ADDRESS_LIMIT }),
});

/**
 * The client's address: the first hop of X-Forwarded-For. `next start` fills that header from the
 * socket when the request has none; behind a reverse proxy, the proxy must set it (and replace any
 * value the client sent, or a script can rotate it to escape the per-address limit).
 */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

/**
 * Counts one vote against the voter's and the address's budgets. Null when both allow it;
 * otherwise the seconds until the exhausted one allows another.
 */
export async function spendVoteBudget(voterId: string, address: string): Promise<number | null> {
  const results = await Promise.allSettled([limiters.voter.consume(voterId), limiters.address.consume(address)]);
  let waitMs: number | null = null;
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    waitMs = Math.max(waitMs ?? 0, result.reason.msBeforeNext);
  }
  return waitMs === null ? null : Math.max(1, Math.ceil(waitMs / 1000));
}
