// The trending order, used by /papers/trending, its feeds and the email digest alike.
//
// score = Σ over the paper's upvotes of the last TRENDING_WINDOW_DAYS days of
//         0.5 ^ (age of the upvote in hours / TRENDING_HALF_LIFE_HOURS)
//
// so an upvote cast now counts 1, one cast two days ago counts 0.5, and one older than the window
// counts 0. Ties, and papers with no upvote in the window (score 0, listed after every paper with
// one), are ordered by total upvotes, then the later feed day, then the paper id.
//
// The scores and the order are one SQL query (an aggregate over the window's upvotes through the
// (createdAt, paperId) index), so that no request reads the week's votes into JavaScript; see
// docs/decisions/0012-trending-search-and-counts-at-100000-papers.md.
import { Prisma } from "../generated/prisma/client";
import { db, dialect } from "../db/client";
import { toDay, type Span } from "../papers/dates";
import { papersByIds, type PaperSummary } from "../papers/queries";
import { visibleSql } from "../papers/visibility";

export const TRENDING_WINDOW_DAYS = 7;
export const TRENDING_HALF_LIFE_HOURS = 48;

const HOUR_MS = 3_600_000;

export type TrendingPaper = PaperSummary & { score: number };

export function windowStart(now: Date): Date {
  return new Date(now.getTime() - TRENDING_WINDOW_DAYS * 24 * HOUR_MS);
}

/**
 * Each paper's score at `now`, for the papers upvoted in the window ending at `now` (an upvote
 * from after `now`, clock skew, counts nothing). Only the age in seconds is written per dialect:
 * SQLite's unixepoch(…, 'subsec') reads the stored ISO time to the millisecond (its pow() is one
 * of the math functions better-sqlite3 builds in); PostgreSQL's timestamptz is an instant already.
 */
function scoresSql(now: Date): Prisma.Sql {
  const nowSeconds = now.getTime() / 1000;
  const halfLifeSeconds = TRENDING_HALF_LIFE_HOURS * 3600;
  const age = {
    sqlite: Prisma.sql`${nowSeconds} - unixepoch("createdAt", 'subsec')`,
    postgresql: Prisma.sql`${nowSeconds}::float8 - extract(epoch from "createdAt")::float8`,
  }[dialect()];
  return Prisma.sql`
    SELECT "paperId", SUM(pow(0.5, (${age}) / ${halfLifeSeconds})) AS "score"
    FROM "Upvote" WHERE "createdAt" >= ${windowStart(now)} AND "createdAt" <= ${now}
    GROUP BY "paperId"`;
}

/**
 * One page (`limit` from `offset`) of the candidate papers (an SQL query of ids, which may name
 * "scores": the papers upvoted in the window) in the trending order at `now`, with their scores.
 */
async function rankCandidates(
  candidates: Prisma.Sql,
  { limit, offset = 0, now }: { limit: number; offset?: number; now: Date },
): Promise<{ id: string; score: number }[]> {
  const top = await db.$queryRaw<{ id: string; score: number }[]>`
    WITH "scores" AS (${scoresSql(now)}), "candidates" AS (${candidates})
    SELECT p."id", coalesce(s."score", 0) AS "score"
    FROM "candidates" c JOIN "Paper" p ON p."id" = c."id" LEFT JOIN "scores" s ON s."paperId" = p."id"
    WHERE ${visibleSql("p")}
    ORDER BY "score" DESC, p."upvotes" DESC, p."feedDate" DESC, p."id"
    LIMIT ${limit} OFFSET ${offset}`;
  return top.map(({ id, score }) => ({ id, score: Number(score) }));
}

/** The ranked ids' papers, in order; an id whose paper was deleted meanwhile is left out. */
async function withPapers(top: { id: string; score: number }[]): Promise<TrendingPaper[]> {
  const papers = await papersByIds(top.map((row) => row.id));
  return top.flatMap(({ id, score }) => {
    const paper = papers.get(id);
    return paper ? [{ ...paper, score: Number(score) }] : [];
  });
}

/** A WHERE clause of all the conditions, or nothing when there is none. */
function where(...conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

export interface TrendingQuery {
  limit: number;
  /** How many of the best to pass over (for paging). */
  offset?: number;
  /** Only papers whose feed day is in this range. */
  span?: Pick<Span, "from" | "to">;
  now?: Date;
}

/** The ids of the trending papers at `now`, best first: one page of them. */
export function trendingIds({
  limit,
  offset = 0,
  span,
  now = new Date(),
}: TrendingQuery): Promise<{ id: string; score: number }[]> {
  // Hidden papers are left out here too, or they would take places of the fallback's LIMIT.
  const visibleInSpan = [
    visibleSql(),
    ...(span ? [Prisma.sql`"feedDate" >= ${span.from} AND "feedDate" <= ${span.to}`] : []),
  ];
  // Candidates: every paper upvoted in the window, and the first offset + limit of all papers in
  // the fallback order (the Paper_upvotes_feedDate_id_hiddenAt index), which hold every paper without a
  // recent vote that the page can reach.
  const candidates = Prisma.sql`
    SELECT "id" FROM "Paper" ${where(...visibleInSpan, Prisma.sql`"id" IN (SELECT "paperId" FROM "scores")`)}
    UNION SELECT "id" FROM (SELECT "id" FROM "Paper" ${where(...visibleInSpan)} ORDER BY "upvotes" DESC, "feedDate" DESC, "id" LIMIT ${offset + limit}) AS "top"`;
  return rankCandidates(candidates, { limit, offset, now });
}

/** The top `limit` trending papers at `now`. */
export async function trendingPapers({
  limit,
  now = new Date(),
}: {
  limit: number;
  now?: Date;
}): Promise<TrendingPaper[]> {
  return withPapers(await trendingIds({ limit, now }));
}

/**
 * The top `limit` trending papers at `now` among those that appeared on the feed since
 * `sinceDay` or were upvoted since `since` (the digest's papers). Ranking only these, rather
 * than filtering the overall top, keeps a new paper that ranks below old, heavily upvoted ones.
 */
export async function trendingPapersSince({
  since,
  sinceDay,
  now,
  limit,
}: {
  since: Date;
  sinceDay: string;
  now: Date;
  limit: number;
}): Promise<TrendingPaper[]> {
  const candidates = Prisma.sql`
    SELECT "id" FROM "Paper" WHERE "feedDate" >= ${sinceDay} AND "feedDate" <= ${toDay(now)}
    UNION SELECT "paperId" FROM "Upvote" WHERE "createdAt" >= ${since} AND "createdAt" <= ${now}`;
  return withPapers(await rankCandidates(candidates, { limit, now }));
}
