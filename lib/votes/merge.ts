// At sign-in, the anonymous votes of the browser become the member's: each moves to the member's
// voter id unless the member has already upvoted that paper (then it is dropped, never counted
// twice), in one transaction. The Upvote triggers keep the counts: the insert adds one only for a
// row it writes, the delete takes one for each anonymous row.
import { db } from "../db/client";
import { memberVoterId } from "../members/voter";
import { revalidateVotesAtOnce } from "../papers/revalidation";
import { voterIdInHeader } from "./current-voter";

/** The papers whose votes moved (their feed days, for the pages to revalidate). */
export async function mergeVoter(
  fromVoterId: string,
  toVoterId: string,
): Promise<{ paperId: string; feedDate: string }[]> {
  return db.$transaction(async (tx) => {
    const moved = await tx.upvote.findMany({
      where: { voterId: fromVoterId },
      select: { paperId: true, paper: { select: { feedDate: true } } },
    });
    if (moved.length === 0) return [];
    await tx.$executeRaw`INSERT INTO "Upvote" ("paperId", "voterId", "createdAt")
      SELECT "paperId", ${toVoterId}, "createdAt" FROM "Upvote" WHERE "voterId" = ${fromVoterId}
      ON CONFLICT ("paperId", "voterId") DO NOTHING`;
    await tx.upvote.deleteMany({ where: { voterId: fromVoterId } });
    return moved.map((vote) => ({ paperId: vote.paperId, feedDate: vote.paper.feedDate }));
  });
}

/** Moves the votes of the browser's anonymous voter cookie (if it carries a valid one) to the member. */
export async function adoptAnonymousVotes(cookieHeader: string | null, userId: string): Promise<number> {
  const anonymous = voterIdInHeader(cookieHeader);
  if (!anonymous) return 0;
  const moved = await mergeVoter(anonymous, memberVoterId(userId));
  revalidateVotesAtOnce(moved);
  return moved.length;
}
