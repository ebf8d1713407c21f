import type { PaperSummary } from "@/lib/papers/queries";
import { PaperList } from "./paper-list";

/** "More like this": the papers that share the paper's most distinctive words (inside the page's LiveCounts). */
export function RelatedPapers({ papers }: { papers: PaperSummary[] }) {
  if (!papers.length) return null;
  return (
    <section aria-labelledby="related" className="mt-10">
      <h2 id="related" className="mb-3 text-lg font-semibold">
        More like this
      </h2>
      <PaperList papers={papers} label="Related papers" />
    </section>
  );
}
