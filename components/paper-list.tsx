import type { PaperSummary } from "@/lib/papers/queries";
import { PaperCard } from "./paper-card";

/**
 * Put it inside a LiveCounts that names its papers, so that its buttons show this visitor's votes.
 * `headingLevel`: one below the heading the list sits under (2 straight under the page's h1), so
 * that headings never skip a level.
 */
export function PaperList({ papers, label, headingLevel = 3 }: { papers: PaperSummary[]; label: string; headingLevel?: 2 | 3 }) {
  return (
    <ol aria-label={label} className="flex flex-col gap-3">
      {papers.map((paper) => (
        <li key={paper.id}>
          <PaperCard paper={paper} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
