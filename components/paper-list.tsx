import type { PaperSummary } from "@/lib/papers/queries";
import { PaperCard } from "./paper-card";

/** Put it inside a LiveCounts that names its papers, so that its buttons show this visitor's votes. */
export function PaperList({ papers, label }: { papers: PaperSummary[]; label: string }) {
  return (
    <ol aria-label={label} className="flex flex-col gap-3">
      {papers.map((paper) => (
        <li key={paper.id}>
          <PaperCard paper={paper} />
        </li>
      ))}
    </ol>
  );
}
