import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { currentVoterUpvotes } from "@/lib/votes/current-voter";
import { isArxivId, PAPER_ID_PATTERN } from "@/lib/papers/paper-id";
import { getPaper, type PaperSummary } from "@/lib/papers/queries";
import { DayTime } from "./day-time";
import { paperCredit } from "@/lib/papers/credit";
import type { RouteVariant } from "./feed-route";
import { LiveCounts } from "./live-counts";
import { OrganizationLink } from "./organization-link";
import { RelatedPapers } from "./related-papers";
import { spanPath } from "./span-path";
import { UpvoteButton } from "./upvote-button";

async function paperOf(id: string): Promise<PaperSummary | null> {
  return PAPER_ID_PATTERN.test(id) ? getPaper(id) : null;
}

/** The page and metadata of /papers/{id}; an unknown or malformed id is a 404. */
export function paperRoute({ forVoter }: RouteVariant) {
  return {
    async generateMetadata(id: string): Promise<Metadata> {
      const paper = await paperOf(id);
      return paper ? { title: paper.title, description: paper.abstract.slice(0, 200) } : { title: "Not found" };
    },
    async Page(id: string) {
      const paper = await paperOf(id);
      if (!paper) notFound();
      if (!forVoter) {
        return (
          <LiveCounts ids={[paper.id]}>
            <PaperView paper={paper} upvoted={false} forVoter={false} />
          </LiveCounts>
        );
      }
      return <PaperView paper={paper} upvoted={(await currentVoterUpvotes([paper.id])).has(paper.id)} forVoter />;
    },
  };
}

function PaperView({ paper, upvoted, forVoter }: { paper: PaperSummary; upvoted: boolean } & RouteVariant) {
  const credit = paperCredit(paper);
  return (
    <>
    <article className="mx-auto max-w-3xl">
      <p className="mb-4 text-sm">
        <Link href={spanPath("day", paper.feedDate)} className="hover:underline">
          ← Daily Papers of <DayTime day={paper.feedDate} />
        </Link>
      </p>
      <div className="flex items-start gap-4">
        <UpvoteButton paperId={paper.id} title={paper.title} upvotes={paper.upvotes} upvoted={upvoted} />
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
    {/* After the article, not in it: the related papers are articles of their own. */}
    <div className="mx-auto max-w-3xl">
      <RelatedPapers paper={paper} forVoter={forVoter} />
    </div>
    </>
  );
}
