// Upvotes: one row per (paper, voter). The database keeps each paper's count equal to
// importedUpvotes + its rows: triggers on Upvote add or take one in the statement that inserts or
// deletes a row (migration 20261128040200_upvote_count_triggers), so the count cannot drift: a
// repeated vote changes no row and no count, and two writers at once each change their own row.
//
// No "server-only": the burst script (scripts/burst-votes.ts) uses these functions directly.
import { db } from "../db/client";
import type { VoteState } from "./vote-state";

export type { VoteState };

/** The new state, and the feed day of the paper (whose cached pages the vote makes stale). */
export interface VoteResult extends VoteState {
  feedDate: string;
}

/**
 * Makes the voter's upvote on the paper present (`upvoted`) or absent; doing it twice is the same
 * as once. Null when there is no such paper, and then nothing was written.
 */
export async function setUpvote(
  paperId: string,
  voterId: string,
  upvoted: boolean,
  now: Date = new Date(),
): Promise<VoteResult | null> {
  // Two statements, no transaction: the write is one statement, and the count triggers change the
  // count inside it, so there is nothing for a transaction to hold together. A transaction would
  // cost every vote the driver adapter's transaction lock, which serializes them across the
  // awaits of BEGIN, the statements and COMMIT (votes ran at a quarter of a cached read's rate).
  // The count read afterwards may already include a vote cast in between: it is still the
  // paper's count, and it includes this one.
  await (upvoted
    ? // Selecting from Paper makes a vote on an unknown paper insert nothing.
      db.$executeRaw`INSERT INTO "Upvote" ("paperId", "voterId", "createdAt")
        SELECT "id", ${voterId}, ${now} FROM "Paper" WHERE "id" = ${paperId}
        ON CONFLICT ("paperId", "voterId") DO NOTHING`
    : db.$executeRaw`DELETE FROM "Upvote" WHERE "paperId" = ${paperId} AND "voterId" = ${voterId}`);
  // Raw, as the write: Prisma compiles a findUnique per call, three times the CPU of this read.
  const [paper] = await db.$queryRaw<{ upvotes: number | bigint; feedDate: string }[]>`
    SELECT "upvotes", "feedDate" FROM "Paper" WHERE "id" = ${paperId}`;
  return paper ? { upvoted, upvotes: Number(paper.upvotes), feedDate: paper.feedDate } : null;
}

/** Which of the papers the voter has upvoted, in one query. */
export async function upvotedPaperIds(voterId: string, paperIds: string[]): Promise<Set<string>> {
  if (paperIds.length === 0) return new Set();
  const rows = await db.upvote.findMany({ where: { voterId, paperId: { in: paperIds } }, select: { paperId: true } });
  return new Set(rows.map((row) => row.paperId));
}

/** The current counts of the papers that exist among `paperIds`, in one query. */
export async function upvoteCounts(paperIds: string[]): Promise<Record<string, number>> {
  const rows = await db.paper.findMany({ where: { id: { in: paperIds } }, select: { id: true, upvotes: true } });
  return Object.fromEntries(rows.map((row) => [row.id, row.upvotes]));
}
