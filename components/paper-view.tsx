import Link from "next/link";
import { spanPath } from "@/lib/http/paths";
import { paperCredit } from "@/lib/papers/credit";
import { isArxivId } from "@/lib/papers/paper-id";
import type { PaperSummary } from "@/lib/papers/queries";
import { DayTime } from "./day-time";
import { LiveCounts } from "./live-counts";
import { OrganizationLink } from "./organization-link";
import { PaperComments } from "./paper-comments";
import { RelatedPapers } from "./related-papers";
import { UpvoteButton } from "./upvote-button";

/** One paper's page as every visitor gets it; one LiveCounts request covers it and its related papers. */
export function PaperView({ paper, related }: { paper: PaperSummary; related: PaperSummary[] }) {
  return (
    <LiveCounts ids={[paper.id, ...related.map((other) => other.id)]}>
      <PaperArticle paper={paper} />
      <PaperComments paperId={paper.id} />
      {/* After the article, not in it: the related papers are articles of their own. */}
      <div className="mx-auto max-w-3xl">
        <RelatedPapers papers={related} />
      </div>
    </LiveCounts>
  );
}

function PaperArticle({ paper }: { paper: PaperSummary }) {
  const credit = paperCredit(paper);
  return (
    <article className="mx-auto max-w-3xl">
      <p className="mb-4 text-sm">
        <Link href={spanPath("day", paper.feedDate)} className="hover:underline">
          ← Daily Papers of <DayTime day={paper.feedDate} />
        </Link>
      </p>
      <div className="flex items-start gap-4">
        <UpvoteButton paperId={paper.id} title={paper.title} upvotes={paper.upvotes} />
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
    </article>
  );
}
