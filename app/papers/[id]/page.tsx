import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { PaperView } from "@/components/paper-view";
import { paperPath } from "@/lib/http/paths";
import { resolvePaperAlias } from "@/lib/papers/aliases";
import { PAPER_ID_PATTERN } from "@/lib/papers/paper-id";
import { getPaper } from "@/lib/papers/queries";
import { relatedPapers } from "@/lib/search/related-papers";

// Rendered on first request, then cached for everyone until a vote changes its count (or 5
// minutes pass); see docs/decisions/0001-cached-pages-and-visitor-state.md.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

async function paperOf({ params }: Props) {
  const { id } = await params;
  return PAPER_ID_PATTERN.test(id) ? getPaper(id) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const paper = await paperOf(props);
  return paper ? { title: paper.title, description: paper.abstract.slice(0, 200) } : { title: "Not found" };
}

export default async function PaperPage(props: Props) {
  const paper = await paperOf(props);
  if (!paper) {
    // A seed paper merged into its arXiv record: its old address moves there for good.
    const { id } = await props.params;
    const target = PAPER_ID_PATTERN.test(id) ? await resolvePaperAlias(id) : null;
    if (target) permanentRedirect(paperPath(target));
    notFound();
  }
  return <PaperView paper={paper} related={await relatedPapers(paper, 5)} />;
}
