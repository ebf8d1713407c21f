import type { PaperSummary } from "@/lib/papers/queries";
import { PaperCard } from "./paper-card";

/** `upvoted`: the ids this visitor has upvoted (empty on pages cached for everyone). */
export function PaperList({ papers, upvoted, label }: { papers: PaperSummary[]; upvoted: Set<string>; label: string }) {
  return (
    <ol aria-label={label} className="flex flex-col gap-3">
      {papers.map((paper) => (
        <li key={paper.id}>
          <PaperCard paper={paper} upvoted={upvoted.has(paper.id)} />
        </li>
      ))}
    </ol>
  );
}
