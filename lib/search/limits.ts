// The search rate limit: a search ranks up to a thousand matches, so one client firing them as
// fast as it can would take the machine from everyone else. Per client address per minute, far
// above a person typing searches (see lib/db/env.ts; raised only for load tests).
// No "server-only": the proxy (proxy.ts), which is not a server component, counts the searches.
import { getEnv } from "../db/env";
import { limiter, spend } from "../http/rate-limit";

export const SEARCH_LIMIT = { points: getEnv().SEARCHES_PER_MINUTE_PER_ADDRESS, duration: 60 };

/** Counts one search from the address: null when allowed, else the seconds until the next is. */
export function spendSearchBudget(address: string): Promise<number | null> {
  return spend([[limiter("search-address", SEARCH_LIMIT), address]]);
}
