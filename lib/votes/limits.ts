// Rate limits on anonymous votes (README, Security, states the numbers and why). Per minute they
// stop a runaway client; per address they bound what one machine can buy: a script that drops its
// cookie gets a new voter id per request, so new voter ids are budgeted per address per hour, and
// a script that hoards cookies still reaches one paper only so many times per address per day.
// Both are far above what a lab of fifty people behind one NAT address spends on one paper.
import "server-only";
import { getEnv } from "../db/env";
import { limiter, spend } from "../http/rate-limit";

const env = getEnv();
const HOUR = 3600;
const DAY = 24 * HOUR;

/** Upvotes and un-upvotes per voter (cookie) per minute. */
export const VOTER_LIMIT = { points: env.VOTES_PER_MINUTE_PER_VOTER, duration: 60 };
/** Per client address per minute. */
export const ADDRESS_LIMIT = { points: env.VOTES_PER_MINUTE_PER_ADDRESS, duration: 60 };
/** Upvotes by voters new to this server (no valid cookie), per client address per hour. */
export const NEW_VOTER_LIMIT = { points: env.NEW_VOTERS_PER_HOUR_PER_ADDRESS, duration: HOUR };
/** Upvotes of one paper per client address per day, whoever casts them. */
export const PAPER_LIMIT = { points: env.UPVOTES_PER_DAY_PER_ADDRESS_AND_PAPER, duration: DAY };

export interface VoteAttempt {
  voterId: string;
  /** The voter had no valid cookie: this vote would hand out a new identity. */
  newVoter: boolean;
  address: string;
  paperId: string;
  upvoted: boolean;
}

/**
 * Counts one vote against every budget it draws on. Null when all allow it; otherwise the seconds
 * until the exhausted ones allow another. Taking an upvote back draws only on the per-minute
 * budgets: it can only undo what the others already allowed.
 */
export function spendVoteBudget({ voterId, newVoter, address, paperId, upvoted }: VoteAttempt): Promise<number | null> {
  return spend([
    [limiter("vote-voter", VOTER_LIMIT), voterId],
    [limiter("vote-address", ADDRESS_LIMIT), address],
    ...(upvoted && newVoter ? [[limiter("vote-new-voter", NEW_VOTER_LIMIT), address] as const] : []),
    ...(upvoted ? [[limiter("vote-paper", PAPER_LIMIT), `${address} ${paperId}`] as const] : []),
  ]);
}
