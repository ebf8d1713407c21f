// The trending order, used by /papers/trending and the email digest alike.
//
// score = Σ over the paper's upvotes of the last TRENDING_WINDOW_DAYS days of
//         0.5 ^ (age of the upvote in hours / TRENDING_HALF_LIFE_HOURS)
//
// so an upvote cast now counts 1, one cast two days ago counts 0.5, and one older than the window
// counts 0. Ties, and papers with no upvote in the window (score 0, listed after every paper with
// one), are ordered by total upvotes, then the later feed day, then the paper id.
import { db } from "../db/client";
import type { Span } from "../papers/dates";
import { papersByIds, type PaperSummary } from "../papers/queries";

export const TRENDING_WINDOW_DAYS = 7;
export const TRENDING_HALF_LIFE_HOURS = 48;

const HOUR_MS = 3_600_000;

export interface RecentVote {
  paperId: string;
  createdAt: Date;
}

/** The trending score of each paper that has an upvote in the window ending at `now`. */
export function trendingScores(votes: RecentVote[], now: Date): Map<string, number> {
  const since = now.getTime() - TRENDING_WINDOW_DAYS * 24 * HOUR_MS;
  const scores = new Map<string, number>();
  for (const vote of votes) {
    const at = vote.createdAt.getTime();
    if (at < since || at > now.getTime()) continue;
    const ageHours = (now.getTime() - at) / HOUR_MS;
    scores.set(vote.paperId, (scores.get(vote.paperId) ?? 0) + 0.5 ** (ageHours / TRENDING_HALF_LIFE_HOURS));
  }
  return scores;
}

export interface Rankable {
  id: string;
  upvotes: number;
  feedDate: string;
}

/** Orders papers by the trending rule above, best first. */
export function rankTrending<P extends Rankable>(papers: P[], scores: Map<string, number>): (P & { score: number })[] {
  return papers
    .map((paper) => ({ ...paper, score: scores.get(paper.id) ?? 0 }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.upvotes - a.upvotes ||
        b.feedDate.localeCompare(a.feedDate) ||
        a.id.localeCompare(b.id),
    );
}

export type TrendingPaper = PaperSummary & { score: number };

/** What ranking needs of a paper: thousands of candidates are ranked, a handful shown. */
export const rankableSelect = { id: true, upvotes: true, feedDate: true } as const;

function windowStart(now: Date): Date {
  return new Date(now.getTime() - TRENDING_WINDOW_DAYS * 24 * HOUR_MS);
}

/**
 * The papers upvoted between `since` and `now`. Plain SQL so that SQLite answers from the
 * (createdAt, paperId) index; Prisma's `votes: { some }` filter took 50 times longer at 100,000
 * papers and 1,000,000 votes.
 */
export function upvotedPapers(since: Date, now: Date): Promise<Rankable[]> {
  return db.$queryRaw<Rankable[]>`
    SELECT "id", "upvotes", "feedDate" FROM "Paper"
    WHERE "id" IN (SELECT "paperId" FROM "Upvote" WHERE "createdAt" >= ${since} AND "createdAt" <= ${now})`;
}

/** The rows with each paper once. */
export function uniqueById<P extends Rankable>(rows: P[]): P[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

/** The trending order of the candidates at `now`, from `offset`: ids and scores, best first. */
async function rankCandidates(
  candidates: Rankable[],
  { limit, offset = 0, now }: { limit: number; offset?: number; now: Date },
): Promise<{ id: string; score: number }[]> {
  const votes = await db.upvote.findMany({
    where: { createdAt: { gte: windowStart(now), lte: now } },
    select: { paperId: true, createdAt: true },
  });
  return rankTrending(candidates, trendingScores(votes, now))
    .slice(offset, offset + limit)
    .map(({ id, score }) => ({ id, score }));
}

/** The ranked ids' papers, in order; an id whose paper was deleted meanwhile is left out. */
async function withPapers(top: { id: string; score: number }[]): Promise<TrendingPaper[]> {
  const papers = await papersByIds(top.map((paper) => paper.id));
  return top.flatMap(({ id, score }) => {
    const paper = papers.get(id);
    return paper ? [{ ...paper, score }] : [];
  });
}

/**
 * The top `limit` of the candidates in the trending order at `now`, read in full. The votes are
 * read by time and the candidates passed in as rows, never as a list of ids: a busy week has
 * more upvoted papers than SQLite takes parameters in one query.
 */
export async function topTrending(candidates: Rankable[], { limit, now }: { limit: number; now: Date }): Promise<TrendingPaper[]> {
  return withPapers(await rankCandidates(candidates, { limit, now }));
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
export async function trendingIds({ limit, offset = 0, span, now = new Date() }: TrendingQuery): Promise<{ id: string; score: number }[]> {
  const inSpan = (paper: Rankable) => !span || (paper.feedDate >= span.from && paper.feedDate <= span.to);
  // Candidates: every paper upvoted in the window, and the first offset + limit of all papers in
  // the fallback order, which hold every paper without a recent vote that the page can reach.
  const [upvoted, fallback] = await Promise.all([
    upvotedPapers(windowStart(now), now),
    db.paper.findMany({
      where: span ? { feedDate: { gte: span.from, lte: span.to } } : {},
      orderBy: [{ upvotes: "desc" }, { feedDate: "desc" }, { id: "asc" }],
      take: offset + limit,
      select: rankableSelect,
    }),
  ]);
  return rankCandidates(uniqueById([...upvoted.filter(inSpan), ...fallback]), { limit, offset, now });
}

/** The top `limit` trending papers at `now`. */
export async function trendingPapers({ limit, now = new Date() }: { limit: number; now?: Date }): Promise<TrendingPaper[]> {
  return withPapers(await trendingIds({ limit, now }));
}
