import Link from "next/link";
import type { ReactNode } from "react";
import { paperPath } from "@/lib/http/paths";
import type { PaperSummary } from "@/lib/papers/queries";
import { snippet } from "@/lib/papers/text";
import { DayTime } from "./day-time";
import { OrganizationLink } from "./organization-link";
import { PaperCounts } from "./paper-counts";
import { paperCredit } from "@/lib/papers/credit";
import { SaveButton } from "./save-button";
import { SubmittedBy } from "./submitted-by";
import { UpvoteButton } from "./upvote-button";

// Three clamped lines never show more; sending the whole abstract would triple the page's weight.
const CARD_ABSTRACT_CHARS = 360;
// As on Hugging Face: a few names and "et al."; the paper page lists them all.
const CARD_AUTHORS = 3;

type Props = {
  paper: PaperSummary;
  headingLevel?: 2 | 3;
  /** In place of the plain title and abstract, e.g. with the words a search matched. */
  title?: ReactNode;
  abstract?: ReactNode;
};

export function PaperCard({ paper, headingLevel = 3, title = paper.title, abstract }: Props) {
  const Heading = `h${headingLevel}` as const;
  const credit = paperCredit(paper, CARD_AUTHORS);
  return (
    <article className="paper-card">
      <div className="shrink-0">
        <UpvoteButton paperId={paper.id} title={paper.title} upvotes={paper.upvotes} />
      </div>
      <div className="min-w-0 flex-1">
        <Heading className="text-base font-semibold leading-snug sm:text-lg">
          <Link href={paperPath(paper.id)} className="hover:underline">
            {title}
          </Link>
        </Heading>
        <p className="paper-card-abstract">{abstract ?? snippet(paper.abstract, CARD_ABSTRACT_CHARS)}</p>
        <p className="paper-card-meta">
          {paper.organization && (
            <OrganizationLink
              organization={paper.organization}
              className="font-medium text-gray-700 dark:text-gray-300"
            />
          )}
          {credit && <span>{credit}</span>}
          {paper.publishedOn && (
            <span>
              Published <DayTime day={paper.publishedOn} />
            </span>
          )}
          <PaperCounts githubStars={paper.githubStars} comments={paper.importedComments + paper.localComments} />
          <SubmittedBy submittedBy={paper.submittedBy} submitter={paper.submitter} />
          <SaveButton paperId={paper.id} title={paper.title} />
        </p>
      </div>
    </article>
  );
}
