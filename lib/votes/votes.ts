// Upvotes: one row per (paper, voter). The database keeps each paper's count equal to
// importedUpvotes + its rows: triggers on Upvote add or take one in the statement that inserts or
// deletes a row (migration 20261128040200_upvote_count_triggers), so the count cannot drift: a
// repeated vote changes no row and no count, and two writers at once each change their own row.
//
// No "server-only": the burst script (scripts/burst-votes.ts) uses these functions directly.
import type BetterSqlite3 from "better-sqlite3";
import { db, sqliteConnection } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { VISIBLE, visibleSql } from "../papers/visibility";
import type { VoteState } from "./vote-state";

export type { VoteState };

/** The new state, and the feed day of the paper (whose cached pages the vote makes stale). */
export interface VoteResult extends VoteState {
  feedDate: string;
}

/** The write of a vote: the row's INSERT, or its DELETE, in either dialect. */
function voteWrite(paperId: string, voterId: string, upvoted: boolean, now: Date): Prisma.Sql {
  return upvoted
    ? // Selecting from Paper makes a vote on an unknown or hidden paper insert nothing.
      Prisma.sql`INSERT INTO "Upvote" ("paperId", "voterId", "createdAt")
        SELECT "id", ${voterId}, ${now} FROM "Paper" WHERE "id" = ${paperId} AND ${visibleSql()}
        ON CONFLICT ("paperId", "voterId") DO NOTHING`
    : Prisma.sql`DELETE FROM "Upvote" WHERE "paperId" = ${paperId} AND "voterId" = ${voterId}
        AND EXISTS (SELECT 1 FROM "Paper" WHERE "id" = ${paperId} AND ${visibleSql()})`;
}

/** The paper's count and feed day; `change` adds what the same statement's write did to the count. */
function countRead(paperId: string, change: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`SELECT "upvotes" ${change} AS "upvotes", "feedDate" FROM "Paper" WHERE "id" = ${paperId} AND ${visibleSql()}`;
}

type CountRow = { upvotes: number | bigint; feedDate: string };

// Statements prepared once per connection, by their SQL (three of them).
const prepared = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** `sql` on the driver connection, with its values bound as Prisma's adapter binds them. */
function statement(connection: BetterSqlite3.Database, sql: Prisma.Sql): { run(): unknown; get(): unknown } {
  let statements = prepared.get(connection);
  if (!statements) prepared.set(connection, (statements = new Map()));
  let found = statements.get(sql.sql);
  if (!found) statements.set(sql.sql, (found = connection.prepare(sql.sql)));
  // Timestamps as adapter-better-sqlite3 stores them (its default "iso8601"), so that rows written
  // here and through Prisma read and sort alike.
  const values = sql.values.map((value) =>
    value instanceof Date ? value.toISOString().replace("Z", "+00:00") : value,
  );
  const bound = found;
  return { run: () => bound.run(...values), get: () => bound.get(...values) };
}

/**
 * SQLite, on the driver connection: the write, then the read, with no await between them, so that
 * no other statement of this process comes in between and the count is the one this vote left.
 */
function setUpvoteOnSqlite(
  connection: BetterSqlite3.Database,
  write: Prisma.Sql,
  paperId: string,
): CountRow | undefined {
  statement(connection, write).run();
  return statement(connection, countRead(paperId)).get() as CountRow | undefined;
}

/**
 * PostgreSQL, in one statement: the main query sees the paper as it was before the write (every
 * part of a statement reads one snapshot, and the count triggers run at its end), so the count is
 * that plus the row the write added or removed.
 */
async function setUpvoteOnPostgres(
  write: Prisma.Sql,
  paperId: string,
  upvoted: boolean,
): Promise<CountRow | undefined> {
  const change = Prisma.sql`${Prisma.raw(upvoted ? "+" : "-")} (SELECT count(*) FROM "changed")`;
  const [paper] = await db.$queryRaw<
    CountRow[]
  >`WITH "changed" AS (${write} RETURNING 1) ${countRead(paperId, change)}`;
  return paper;
}

/**
 * Makes the voter's upvote on the paper present (`upvoted`) or absent; doing it twice is the same
 * as once. Null when there is no such paper or it is hidden, and then nothing was written.
 */
export async function setUpvote(
  paperId: string,
  voterId: string,
  upvoted: boolean,
  now: Date = new Date(),
): Promise<VoteResult | null> {
  // No transaction: the write is one statement, and the count triggers change the count inside
  // it, so there is nothing for a transaction to hold together. A transaction would cost every
  // vote the driver adapter's transaction lock, which serializes them across the awaits of BEGIN,
  // the statements and COMMIT (votes ran at a quarter of a cached read's rate).
  const write = voteWrite(paperId, voterId, upvoted, now);
  const connection = await sqliteConnection();
  const paper = connection
    ? setUpvoteOnSqlite(connection, write, paperId)
    : await setUpvoteOnPostgres(write, paperId, upvoted);
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
  const rows = await db.paper.findMany({
    where: { ...VISIBLE, id: { in: paperIds } },
    select: { id: true, upvotes: true },
  });
  return Object.fromEntries(rows.map((row) => [row.id, row.upvotes]));
}
