import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ModerateLink } from "@/components/moderate-link";
import { PaperView } from "@/components/paper-view";
import { getEnv } from "@/lib/db/env";
import { paperPath } from "@/lib/http/paths";
import { toBibtex } from "@/lib/papers/bibtex";
import { citationMeta } from "@/lib/papers/citation";
import { lookupPaper } from "@/lib/papers/detail";
import { relatedPapers } from "@/lib/search/related-papers";

// Rendered on first request, then cached for everyone until a vote changes its count (or 5
// minutes pass); see docs/decisions/0001-cached-pages-and-visitor-state.md.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

// The metadata and the page read the paper once per request.
const lookup = cache(lookupPaper);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await lookup((await params).id);
  if (found.kind !== "found") return { title: "Not found" };
  const { paper } = found;
  return { title: paper.title, description: paper.abstract.slice(0, 200), other: citationMeta(paper) };
}

export default async function PaperPage({ params }: Props) {
  const found = await lookup((await params).id);
  // A seed paper merged into its arXiv record: its old address moves there for good.
  if (found.kind === "moved") permanentRedirect(paperPath(found.id));
  // A hidden paper is missing too; admins see it at /admin/papers/{id}, which is never cached.
  if (found.kind === "missing") notFound();
  const { paper } = found;
  const bibtex = toBibtex(paper, `${getEnv().APP_URL}${paperPath(paper.id)}`);
  return (
    <>
      <ModerateLink paperId={paper.id} />
      <PaperView paper={paper} bibtex={bibtex} related={await relatedPapers(paper, 5)} />
    </>
  );
}
