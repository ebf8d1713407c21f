import { currentVoterUpvotes } from "@/lib/current-voter";
import type { PaperSummary } from "@/lib/papers";
import { PaperCard } from "./paper-card";

export async function PaperList({ papers, label }: { papers: PaperSummary[]; label: string }) {
  const upvoted = await currentVoterUpvotes(papers.map((paper) => paper.id));
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
