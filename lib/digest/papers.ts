// The papers of one digest: those new or upvoted within the period's window, in the trending order.
import { paperCredit } from "../papers/credit";
import type { DigestPaper } from "../../emails/digest";
import { db } from "../db/client";
import { paperPath } from "../http/paths";
import { toDay } from "../papers/dates";
import type { PaperSummary } from "../papers/queries";
import { snippet } from "../papers/text";
import { rankableSelect, topTrending, uniqueById, upvotedPapers } from "../votes/trending";
import type { DigestPeriod } from "./period";
import type { EditionPaper } from "./editions";

export const DIGEST_SIZE = 10;
const SNIPPET_LENGTH = 280;

/**
 * The top DIGEST_SIZE qualifying papers by the trending formula. trendingPapers() ranks every
 * paper, so taking its top ten and then filtering could drop a new paper ranked below old,
 * heavily upvoted ones; this ranks only the qualifying papers, with the same scores and order.
 */
export async function digestPapers(period: DigestPeriod): Promise<PaperSummary[]> {
  const { since, sinceDay, now } = period;
  const [fresh, upvoted] = await Promise.all([
    db.paper.findMany({ where: { feedDate: { gte: sinceDay, lte: toDay(now) } }, select: rankableSelect }),
    upvotedPapers(since, now),
  ]);
  return topTrending(uniqueById([...fresh, ...upvoted]), { limit: DIGEST_SIZE, now });
}

/** A paper as the edition keeps it: what the email showed, when it was sent. */
export function toEditionPaper(paper: PaperSummary): EditionPaper {
  return {
    id: paper.id,
    title: paper.title,
    credit: paper.organization?.name ?? paperCredit(paper),
    upvotes: paper.upvotes,
    snippet: snippet(paper.abstract, SNIPPET_LENGTH),
  };
}

export function toDigestPaper({ id, ...paper }: EditionPaper, appUrl: string): DigestPaper {
  return { ...paper, url: `${appUrl}${paperPath(id)}` };
}
