// Type only, so that client components (the upvote button) can share it with the server.

/** A visitor's vote on one paper and the paper's count: what the vote API answers and the button shows. */
export interface VoteState {
  upvoted: boolean;
  upvotes: number;
}
