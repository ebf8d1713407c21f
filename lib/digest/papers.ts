// The papers of one digest: those new or upvoted within the period's window, in the trending order.
import { paperCredit } from "../paper-credit";
import type { DigestPaper } from "../../emails/digest";
import { db } from "../db";
import { toDay } from "../dates";
import { paperSummarySelect, toSummary, type PaperSummary } from "../papers";
import { snippet } from "../text";
import { rankTrending, trendingScores, TRENDING_WINDOW_DAYS } from "../trending";
import type { DigestPeriod } from "./period";

export const DIGEST_SIZE = 10;
const SNIPPET_LENGTH = 280;

/**
 * The top DIGEST_SIZE qualifying papers by the trending formula. trendingPapers() ranks every
 * paper, so taking its top ten and then filtering could drop a new paper ranked below old,
 * heavily upvoted ones; this ranks only the qualifying papers, with the same scores and order.
 */
export async function digestPapers(period: DigestPeriod): Promise<PaperSummary[]> {
  const { since, sinceDay, now } = period;
  // Rank light rows first and read the full papers of the top ten only: a week can qualify
  // thousands of papers. The votes are read by time alone, as a list of thousands of paper ids
  // would pass SQLite's limit on query parameters.
  const [candidates, votes] = await Promise.all([
    db.paper.findMany({
      where: {
        OR: [
          { feedDate: { gte: sinceDay, lte: toDay(now) } },
          { votes: { some: { createdAt: { gte: since, lte: now } } } },
        ],
      },
      select: { id: true, upvotes: true, feedDate: true },
    }),
    db.upvote.findMany({
      where: { createdAt: { gte: new Date(now.getTime() - TRENDING_WINDOW_DAYS * 86_400_000), lte: now } },
      select: { paperId: true, createdAt: true },
    }),
  ]);
  const top = rankTrending(candidates, trendingScores(votes, now)).slice(0, DIGEST_SIZE);
  const papers = await db.paper.findMany({ where: { id: { in: top.map((paper) => paper.id) } }, select: paperSummarySelect });
  const byId = new Map(papers.map((paper) => [paper.id, toSummary(paper)]));
  return top.map((paper) => byId.get(paper.id)!);
}

export function toDigestPaper(paper: PaperSummary, appUrl: string): DigestPaper {
  return {
    url: `${appUrl}/papers/${paper.id}`,
    title: paper.title,
    credit: paper.organization?.name ?? paperCredit(paper),
    upvotes: paper.upvotes,
    snippet: snippet(paper.abstract, SNIPPET_LENGTH),
  };
}
