// One vote as the API and the no-JavaScript form both make it: who votes (the signed cookie, or a
// new voter), whether the rate limits allow it, then the write. Callers turn the outcome into a
// JSON answer or a redirect.
import "server-only";
import { z } from "zod";
import { getEnv } from "../db/env";
import { memberVoterId } from "../members/voter";
import { dropCachedAnswers } from "../papers/answer-cache";
import { revalidatePaperPages } from "../papers/revalidation";
import { PAPER_ID_PATTERN } from "../papers/paper-id";
import { spendVoteBudget } from "./limits";
import { setUpvote, type VoteState } from "./votes";
import { resolveVoter, voterCookie } from "./voter";

/** The path parameters of `/api/papers/{id}/upvote`. */
export const upvoteParams = z.object({
  id: z.string().regex(PAPER_ID_PATTERN, "must be an arXiv id (2406.12345) or a lower-case slug"),
});

/** What the upvote API answers. */
export const voteStateSchema = z.object({
  upvoted: z.boolean().meta({ description: "Whether this visitor's upvote is now counted." }),
  upvotes: z.int().min(0).meta({ description: "The paper's count now: imported upvotes plus vote rows." }),
});

export type VoteOutcome =
  | { kind: "done"; state: VoteState; cookie: ReturnType<typeof voterCookie> | null }
  | { kind: "limited"; retryAfterSeconds: number }
  | { kind: "unknown-paper" }
  | { kind: "sign-in-required" };

export async function castVote(input: {
  paperId: string;
  upvoted: boolean;
  cookieValue: string | undefined | null;
  /** The signed-in member, whose vote is the same on every device; null for a visitor. */
  memberId: string | null;
  address: string;
}): Promise<VoteOutcome> {
  if (input.memberId === null && !getEnv().ANONYMOUS_VOTES) return { kind: "sign-in-required" };
  const voter = input.memberId === null ? resolveVoter(input.cookieValue) : { id: memberVoterId(input.memberId), isNew: false };
  const retryAfterSeconds = await spendVoteBudget(voter.id, input.address);
  if (retryAfterSeconds !== null) return { kind: "limited", retryAfterSeconds };
  const result = await setUpvote(input.paperId, voter.id, input.upvoted);
  if (!result) return { kind: "unknown-paper" };
  revalidatePaperPages(input.paperId, result.feedDate);
  dropCachedAnswers();
  const state = { upvoted: result.upvoted, upvotes: result.upvotes };
  // The cookie is only handed out with a first upvote: taking back a vote one never cast needs
  // no identity.
  return { kind: "done", state, cookie: voter.isNew && input.upvoted ? voterCookie(voter.id) : null };
}
