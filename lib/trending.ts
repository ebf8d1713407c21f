// The trending order, used by /papers/trending and the email digest alike.
//
// score = Σ over the paper's upvotes of the last TRENDING_WINDOW_DAYS days of
//         0.5 ^ (age of the upvote in hours / TRENDING_HALF_LIFE_HOURS)
//
// so an upvote cast now counts 1, one cast two days ago counts 0.5, and one older than the window
// counts 0. Ties, and papers with no upvote in the window (score 0, listed after every paper with
// one), are ordered by total upvotes, then the later feed day, then the paper id.
import { db } from "./db";
import { paperSummarySelect, toSummary, type PaperSummary } from "./papers";

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

/** The top `limit` trending papers at `now`. */
export async function trendingPapers({ limit, now = new Date() }: { limit: number; now?: Date }): Promise<TrendingPaper[]> {
  const since = new Date(now.getTime() - TRENDING_WINDOW_DAYS * 24 * HOUR_MS);
  const votes = await db.upvote.findMany({
    where: { createdAt: { gte: since, lte: now } },
    select: { paperId: true, createdAt: true },
  });
  const scores = trendingScores(votes, now);
  const scoredIds = [...scores.keys()];
  // Candidates: every paper with a recent upvote, plus enough of the rest (by the fallback
  // order) to fill the list when few papers have recent votes.
  const [scored, fallback] = await Promise.all([
    db.paper.findMany({ where: { id: { in: scoredIds } }, select: paperSummarySelect }),
    db.paper.findMany({
      where: { id: { notIn: scoredIds } },
      orderBy: [{ upvotes: "desc" }, { feedDate: "desc" }, { id: "asc" }],
      take: limit,
      select: paperSummarySelect,
    }),
  ]);
  return rankTrending([...scored, ...fallback].map(toSummary), scores).slice(0, limit);
}
