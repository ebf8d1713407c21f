import type { PaperSummary } from "./queries";

/** Who wrote it: the organization, the author names, or "N authors", as the source allows. */
export function paperCredit(paper: Pick<PaperSummary, "authors" | "authorCount">): string | null {
  if (paper.authors.length > 0) return paper.authors.join(", ");
  if (paper.authorCount !== null) return `${paper.authorCount} ${paper.authorCount === 1 ? "author" : "authors"}`;
  return null;
}
