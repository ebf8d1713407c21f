import Link from "next/link";
import type { ReactNode } from "react";
import { paperBibtexPath, paperMarkdownPath, searchPath, spanPath } from "@/lib/http/paths";
import { paperCredit } from "@/lib/papers/credit";
import { paperLinks, type PaperDetail } from "@/lib/papers/detail";
import type { PaperSummary } from "@/lib/papers/queries";
import { CopyButton } from "./copy-button";
import { DayTime } from "./day-time";
import { LiveCounts } from "./live-counts";
import { OrganizationLink } from "./organization-link";
import { PaperComments } from "./paper-comments";
import { PaperCounts } from "./paper-counts";
import { RelatedPapers } from "./related-papers";
import { SaveButton } from "./save-button";
import { SubmittedBy } from "./submitted-by";
import { UpvoteButton } from "./upvote-button";

type Props = { paper: PaperDetail; bibtex: string; related: PaperSummary[] };

/** One paper's page as every visitor gets it; one LiveCounts request covers it and its related papers. */
export function PaperView({ paper, bibtex, related }: Props) {
  return (
    <LiveCounts ids={[paper.id, ...related.map((other) => other.id)]}>
      <PaperArticle paper={paper} bibtex={bibtex} />
      <PaperComments paperId={paper.id} />
      {/* After the article, not in it: the related papers are articles of their own. */}
      <div className="mx-auto max-w-3xl">
        <RelatedPapers papers={related} />
      </div>
    </LiveCounts>
  );
}

const LINK_BUTTON =
  "rounded-md border border-gray-300 px-3 py-1.5 hover:bg-gray-50 dark:border-gray-700 dark:hover:bg-gray-800";
const TERM = "text-gray-500 dark:text-gray-400";

/** Every author, each a search for their other papers here. */
function AuthorList({ paper }: { paper: PaperDetail }) {
  if (paper.authors.length === 0) return <>{paperCredit(paper) ?? "Unknown"}</>;
  return (
    <ul className="flex flex-wrap gap-x-1" aria-label="Authors">
      {paper.authors.map((name, index) => (
        <li key={`${index}-${name}`}>
          {/* 24 px tall: when the names wrap, each stays a target a finger can hit apart from the next line's (WCAG 2.2 target size). */}
          <Link href={searchPath(`"${name}"`)} className="inline-block py-1 hover:underline">
            {name}
          </Link>
          {index < paper.authors.length - 1 && ","}
        </li>
      ))}
    </ul>
  );
}

function PaperLinks({ paper }: { paper: PaperDetail }) {
  const links = paperLinks(paper);
  // Addresses a source handed us (GitHub, project page) get no ranking credit from this site.
  const items = [
    { href: links.arxiv, label: "arXiv abstract", rel: undefined },
    { href: links.pdf, label: "PDF", rel: undefined },
    { href: links.github, label: "GitHub", rel: "nofollow noopener" },
    { href: links.projectPage, label: "Project page", rel: "nofollow noopener" },
  ].filter((item): item is { href: string; label: string; rel: string | undefined } => item.href !== null);
  return (
    <ul className="mt-6 flex flex-wrap gap-3 text-sm" aria-label="Links">
      {items.map((item) => (
        <li key={item.label}>
          <a href={item.href} className={LINK_BUTTON} rel={item.rel}>
            {item.label}
          </a>
        </li>
      ))}
      <li>
        <a href={paperMarkdownPath(paper.id)} className={LINK_BUTTON}>
          Markdown
        </a>
      </li>
    </ul>
  );
}

const BOX = "rounded-lg border border-gray-200 bg-gray-50 dark:border-gray-800 dark:bg-gray-900";

/**
 * A titled part of the paper's page, named by its heading; `note` says where its content comes from,
 * and `boxed` sets apart what the authors did not write.
 */
function PaperSection({
  id,
  title,
  note,
  boxed = false,
  children,
}: {
  id: string;
  title: string;
  note?: string;
  boxed?: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={boxed ? `mt-8 p-4 ${BOX}` : "mt-8"}>
      <h2 id={id} className={note ? "text-lg font-semibold" : "mb-2 text-lg font-semibold"}>
        {title}
      </h2>
      {note && <p className="mb-2 text-xs text-gray-600 dark:text-gray-400">{note}</p>}
      {children}
    </section>
  );
}

function PaperArticle({ paper, bibtex }: { paper: PaperDetail; bibtex: string }) {
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
      <p className="mt-3 text-sm">
        <SaveButton paperId={paper.id} title={paper.title} collect />
      </p>
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {paper.organization && (
          <>
            <dt className={TERM}>Organization</dt>
            <dd>
              <OrganizationLink organization={paper.organization} />
            </dd>
          </>
        )}
        <dt className={TERM}>Authors</dt>
        <dd>
          <AuthorList paper={paper} />
        </dd>
        <dt className={TERM}>Published</dt>
        <dd>{paper.publishedOn ? <DayTime day={paper.publishedOn} /> : "Unknown"}</dd>
        <dt className={TERM}>On Daily Papers</dt>
        <dd>
          <DayTime day={paper.feedDate} />
          {(paper.submitter || paper.submittedBy) && (
            <>
              {" · "}
              <SubmittedBy submittedBy={paper.submittedBy} submitter={paper.submitter} />
            </>
          )}
        </dd>
        {paper.categories.length > 0 && (
          <>
            <dt className={TERM}>Categories</dt>
            <dd>{paper.categories.join(", ")}</dd>
          </>
        )}
        {(paper.githubStars !== null || paper.importedComments + paper.localComments > 0) && (
          <>
            <dt className={TERM}>On the web</dt>
            <dd className="flex gap-3">
              <PaperCounts githubStars={paper.githubStars} comments={paper.importedComments + paper.localComments} />
            </dd>
          </>
        )}
        {paper.comment && (
          <>
            <dt className={TERM}>Comment</dt>
            <dd>{paper.comment}</dd>
          </>
        )}
      </dl>
      <PaperLinks paper={paper} />
      {paper.aiSummary && (
        <PaperSection
          id="ai-summary"
          title="AI summary"
          note="Generated by a language model at the source, not written by the authors."
          boxed
        >
          <p className="leading-relaxed text-gray-800 dark:text-gray-200">{paper.aiSummary}</p>
        </PaperSection>
      )}
      <PaperSection id="abstract" title="Abstract">
        <p className="whitespace-pre-line leading-relaxed text-gray-800 dark:text-gray-200">{paper.abstract}</p>
      </PaperSection>
      <PaperSection id="cite" title="Cite">
        <pre className={`overflow-x-auto p-3 text-xs ${BOX}`} aria-label="BibTeX" tabIndex={0}>
          <code>{bibtex}</code>
        </pre>
        <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
          <CopyButton text={bibtex} label="Copy BibTeX" />
          <a href={paperBibtexPath(paper.id)} className="hover:underline">
            Download .bib
          </a>
        </p>
      </PaperSection>
    </article>
  );
}
