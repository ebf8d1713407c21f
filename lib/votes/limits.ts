// Rate limits on votes, set far above what a person clicking can reach and well within what a
// script reaches (both per minute, configurable for load tests: see lib/db/env.ts).
import "server-only";
import { getEnv } from "../db/env";
import { limiter, spend } from "../http/rate-limit";

/** Upvotes and un-upvotes per voter (cookie) per minute. */
export const VOTER_LIMIT = { points: getEnv().VOTES_PER_MINUTE_PER_VOTER, duration: 60 };
/** Per client address per minute: a whole lab behind one NAT address stays well below it. */
export const ADDRESS_LIMIT = { points: getEnv().VOTES_PER_MINUTE_PER_ADDRESS, duration: 60 };

/**
 * Counts one vote against the voter's and the address's budgets. Null when both allow it;
 * otherwise the seconds until the exhausted one allows another.
 */
export function spendVoteBudget(voterId: string, address: string): Promise<number | null> {
  return spend([
    [limiter("vote-voter", VOTER_LIMIT), voterId],
    [limiter("vote-address", ADDRESS_LIMIT), address],
  ]);
}
