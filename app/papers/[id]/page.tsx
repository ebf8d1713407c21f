import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DayTime } from "@/components/day-time";
import { OrganizationLink } from "@/components/organization-link";
import { paperCredit } from "@/components/paper-credit";
import { RelatedPapers } from "@/components/related-papers";
import { spanPath } from "@/components/span-path";
import { UpvoteCount } from "@/components/upvote-count";
import { isArxivId, PAPER_ID_PATTERN } from "@/lib/paper-id";
import { getPaper } from "@/lib/papers";

export const dynamic = "force-dynamic";

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
  if (!paper) notFound();
  const credit = paperCredit(paper);
  return (
    <article className="mx-auto max-w-3xl">
      <p className="mb-4 text-sm">
        <Link href={spanPath("day", paper.feedDate)} className="hover:underline">
          ← Daily Papers of <DayTime day={paper.feedDate} />
        </Link>
      </p>
      <div className="flex items-start gap-4">
        <UpvoteCount upvotes={paper.upvotes} />
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{paper.title}</h1>
      </div>
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {paper.organization && (
          <>
            <dt className="text-gray-500 dark:text-gray-400">Organization</dt>
            <dd>
              <OrganizationLink organization={paper.organization} />
            </dd>
          </>
        )}
        <dt className="text-gray-500 dark:text-gray-400">Authors</dt>
        <dd>{credit ?? "Unknown"}</dd>
        <dt className="text-gray-500 dark:text-gray-400">Published</dt>
        <dd>{paper.publishedOn ? <DayTime day={paper.publishedOn} /> : "Unknown"}</dd>
        <dt className="text-gray-500 dark:text-gray-400">On Daily Papers</dt>
        <dd>
          <DayTime day={paper.feedDate} />
        </dd>
      </dl>
      <section aria-labelledby="abstract" className="mt-8">
        <h2 id="abstract" className="mb-2 text-lg font-semibold">
          Abstract
        </h2>
        <p className="leading-relaxed text-gray-800 dark:text-gray-200">{paper.abstract}</p>
      </section>
      {isArxivId(paper.id) && (
        <ul className="mt-6 flex gap-3 text-sm" aria-label="Links">
          <li>
            <a href={`https://arxiv.org/abs/${paper.id}`} className="rounded-md border px-3 py-1.5 hover:bg-gray-50 dark:hover:bg-gray-800">
              arXiv abstract
            </a>
          </li>
          <li>
            <a href={`https://arxiv.org/pdf/${paper.id}`} className="rounded-md border px-3 py-1.5 hover:bg-gray-50 dark:hover:bg-gray-800">
              PDF
            </a>
          </li>
        </ul>
      )}
      <RelatedPapers paper={paper} />
    </article>
  );
}
