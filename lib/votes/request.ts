// One vote as the API and the no-JavaScript form both make it: who votes (the signed cookie, or a
// new voter), whether the rate limits allow it, then the write. Callers turn the outcome into a
// JSON answer or a redirect.
import "server-only";
import { getEnv } from "../db/env";
import { memberVoterId } from "../members/voter";
import { revalidateAfterVote, revalidateVotesAtOnce } from "../papers/revalidation";
import { fail, ok, type Outcome } from "../http/outcome";
import { describeWait } from "../http/rate-limit";
import { spendVoteBudget } from "./limits";
import { setUpvote, type VoteState } from "./votes";
import { resolveVoter, voterCookie } from "./voter";

export interface CastVote {
  state: VoteState;
  /** The cookie to set: only with a new voter's first upvote. */
  cookie: ReturnType<typeof voterCookie> | null;
}

export async function castVote(input: {
  paperId: string;
  upvoted: boolean;
  cookieValue: string | undefined | null;
  /** The signed-in member, whose vote is the same on every device; null for a visitor. */
  memberId: string | null;
  address: string;
  /** Revalidate the paper's pages before answering, not with the votes of the same second. */
  pagesAtOnce?: boolean;
}): Promise<Outcome<CastVote>> {
  if (input.memberId === null && !getEnv().ANONYMOUS_VOTES) return fail("unauthorized", "Sign in to upvote.");
  const voter =
    input.memberId === null ? resolveVoter(input.cookieValue) : { id: memberVoterId(input.memberId), isNew: false };
  const retryAfterSeconds = await spendVoteBudget({
    voterId: voter.id,
    newVoter: voter.isNew,
    address: input.address,
    paperId: input.paperId,
    upvoted: input.upvoted,
  });
  if (retryAfterSeconds !== null) {
    return fail("rate_limited", `Too many votes from here. Try again in ${describeWait(retryAfterSeconds)}.`, {
      retryAfterSeconds,
    });
  }
  const result = await setUpvote(input.paperId, voter.id, input.upvoted);
  if (!result) return fail("not_found", `There is no paper with the id "${input.paperId}".`);
  // The form post (no JavaScript) returns to a page whose count must already show the vote.
  if (input.pagesAtOnce) revalidateVotesAtOnce([{ paperId: input.paperId, feedDate: result.feedDate }]);
  else revalidateAfterVote(input.paperId, result.feedDate);
  const state = { upvoted: result.upvoted, upvotes: result.upvotes };
  // The cookie is only handed out with a first upvote: taking back a vote one never cast needs
  // no identity.
  return ok({ state, cookie: voter.isNew && input.upvoted ? voterCookie(voter.id) : null });
}
