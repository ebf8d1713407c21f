// The papers of one digest: those new or upvoted within the period's window, in the trending order.
import { paperCredit } from "../papers/credit";
import type { DigestPaper } from "../../emails/digest";
import { paperPath } from "../http/paths";
import type { PaperSummary } from "../papers/queries";
import { snippet } from "../papers/text";
import { trendingPapersSince } from "../votes/trending";
import type { DigestPeriod } from "./period";
import type { EditionPaper } from "./editions";

/** Papers in the archive's edition, and in a reader's digest unless they chose another size. */
export const DIGEST_SIZE = 10;
/**
 * The ranked candidates each reader's digest is filtered from: deep enough that a reader who
 * follows a narrow topic finds its papers of the period, small enough to keep with the edition.
 */
export const CANDIDATES = 100;
const SNIPPET_LENGTH = 280;

/** The top `limit` qualifying papers by the trending formula. */
export function digestPapers({ since, sinceDay, now }: DigestPeriod, limit = DIGEST_SIZE): Promise<PaperSummary[]> {
  return trendingPapersSince({ since, sinceDay, now, limit });
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
