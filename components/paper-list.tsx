import type { PaperSummary } from "@/lib/papers";
import { PaperCard } from "./paper-card";

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
