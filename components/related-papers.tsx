import type { PaperSummary } from "@/lib/papers";
import { relatedPapers } from "@/lib/related-papers";
import { PaperList } from "./paper-list";

/** "More like this": up to five papers that share the paper's most distinctive words. */
export async function RelatedPapers({ paper }: { paper: PaperSummary }) {
  const related = await relatedPapers(paper, 5);
  if (!related.length) return null;
  return (
    <section aria-labelledby="related" className="mt-10">
      <h2 id="related" className="mb-3 text-lg font-semibold">
        More like this
      </h2>
      <PaperList papers={related} label="Related papers" />
    </section>
  );
}
