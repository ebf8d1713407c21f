import { currentVoterUpvotes } from "@/lib/votes/current-voter";
import type { PaperSummary } from "@/lib/papers/queries";
import { PaperList } from "./paper-list";

/** A list on a page rendered per request: the buttons show this visitor's own upvotes. */
export async function VoterPaperList({ papers, label }: { papers: PaperSummary[]; label: string }) {
  const upvoted = await currentVoterUpvotes(papers.map((paper) => paper.id));
  return <PaperList papers={papers} upvoted={upvoted} label={label} />;
}
