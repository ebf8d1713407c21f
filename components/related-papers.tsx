import type { PaperSummary } from "@/lib/papers/queries";
import { relatedPapers } from "@/lib/search/related-papers";
import type { RouteVariant } from "./feed-route";
import { LiveCounts } from "./live-counts";
import { PaperList } from "./paper-list";
import { VoterPaperList } from "./voter-paper-list";

/** "More like this": up to five papers that share the paper's most distinctive words. */
export async function RelatedPapers({ paper, forVoter }: { paper: PaperSummary } & RouteVariant) {
  const related = await relatedPapers(paper, 5);
  if (!related.length) return null;
  const ids = related.map((other) => other.id);
  const list = forVoter ? (
    <VoterPaperList papers={related} label="Related papers" />
  ) : (
    <LiveCounts ids={ids}>
      <PaperList papers={related} upvoted={new Set()} label="Related papers" />
    </LiveCounts>
  );
  return (
    <section aria-labelledby="related" className="mt-10">
      <h2 id="related" className="mb-3 text-lg font-semibold">
        More like this
      </h2>
      {list}
    </section>
  );
}
