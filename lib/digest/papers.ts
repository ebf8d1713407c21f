// The papers of one digest: those new or upvoted within the period's window, in the trending order.
import { paperCredit } from "../papers/credit";
import type { DigestPaper } from "../../emails/digest";
import { paperPath } from "../http/paths";
import type { PaperSummary } from "../papers/queries";
import { snippet } from "../papers/text";
import { trendingPapersSince } from "../votes/trending";
import type { DigestPeriod } from "./period";
import type { EditionPaper } from "./editions";

export const DIGEST_SIZE = 10;
const SNIPPET_LENGTH = 280;

/** The top DIGEST_SIZE qualifying papers by the trending formula. */
export function digestPapers({ since, sinceDay, now }: DigestPeriod): Promise<PaperSummary[]> {
  return trendingPapersSince({ since, sinceDay, now, limit: DIGEST_SIZE });
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
