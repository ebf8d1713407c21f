import type { PaperSummary } from "./queries";

/**
 * Who wrote it: the author names (the first `firstAuthors` and "et al." when there are more), or
 * "N authors", as the source allows.
 */
export function paperCredit(paper: Pick<PaperSummary, "authors" | "authorCount">, firstAuthors = Infinity): string | null {
  if (paper.authors.length > firstAuthors) return `${paper.authors.slice(0, firstAuthors).join(", ")} et al.`;
  if (paper.authors.length > 0) return paper.authors.join(", ");
  if (paper.authorCount !== null) return `${paper.authorCount} ${paper.authorCount === 1 ? "author" : "authors"}`;
  return null;
}
