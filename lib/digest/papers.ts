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
  const rows = await db.paper.findMany({
    where: {
      OR: [
        { feedDate: { gte: sinceDay, lte: toDay(now) } },
        { votes: { some: { createdAt: { gte: since, lte: now } } } },
      ],
    },
    select: paperSummarySelect,
  });
  const votes = await db.upvote.findMany({
    where: {
      paperId: { in: rows.map((row) => row.id) },
      createdAt: { gte: new Date(now.getTime() - TRENDING_WINDOW_DAYS * 86_400_000), lte: now },
    },
    select: { paperId: true, createdAt: true },
  });
  return rankTrending(rows.map(toSummary), trendingScores(votes, now)).slice(0, DIGEST_SIZE);
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
