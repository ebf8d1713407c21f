import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DIGEST_FEED_PATHS, DIGESTS_PATH, editionPath, paperPath } from "@/lib/http/paths";
import { findEdition, type Edition, type EditionSummary } from "@/lib/digest/editions";

const KIND_NAME = { daily: "Daily digest", weekly: "Weekly digest" } as const;

export function editionTitle(edition: Pick<EditionSummary, "kind" | "label">): string {
  return `${KIND_NAME[edition.kind]} · ${edition.label}`;
}

function SentAt({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{at.toISOString().slice(0, 16).replace("T", " ")} UTC</time>;
}

/** `/digests`: every edition sent, newest first. */
export function DigestArchive({ editions }: { editions: EditionSummary[] }) {
  return (
    <>
      <div className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight">Digest archive</h1>
        <p className="text-gray-600 dark:text-gray-400">
          Every daily and weekly digest we sent, as it went out. Follow it by{" "}
          <a href={DIGEST_FEED_PATHS.rss} className="font-medium underline">
            RSS
          </a>{" "}
          or{" "}
          <a href={DIGEST_FEED_PATHS.atom} className="font-medium underline">
            Atom
          </a>
          .
        </p>
      </div>
      {editions.length > 0 ? (
        <ul aria-label="Editions" className="divide-y divide-gray-200 dark:divide-gray-800">
          {editions.map((edition) => (
            <li key={edition.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
              <Link href={editionPath(edition.kind, edition.period)} className="font-medium hover:underline">
                {editionTitle(edition)}
              </Link>
              <span className="text-sm text-gray-600 dark:text-gray-400">
                Sent <SentAt at={edition.sentAt} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-xl border border-dashed border-gray-300 p-8 text-center dark:border-gray-700">
          No digest has been sent yet.
        </p>
      )}
    </>
  );
}

/** One edition: its papers in the order sent, with the counts they had then. */
function EditionView({ edition }: { edition: Edition }) {
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={DIGESTS_PATH} className="font-medium hover:underline">
          ← Digest archive
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{editionTitle(edition)}</h1>
      <p className="mb-6 text-gray-600 dark:text-gray-400">
        Sent <SentAt at={edition.sentAt} />, ranked by recent upvotes; counts as they were then.
      </p>
      <ol aria-label="Papers" className="space-y-5">
        {edition.papers.map((paper, index) => (
          <li key={paper.id}>
            <h2 className="text-lg font-semibold leading-snug">
              {index + 1}.{" "}
              <Link href={paperPath(paper.id)} className="hover:underline">
                {paper.title}
              </Link>
            </h2>
            <p className="text-sm text-gray-600 dark:text-gray-400">
              {paper.credit ? `${paper.credit} · ` : ""}
              {paper.upvotes} {paper.upvotes === 1 ? "upvote" : "upvotes"}
            </p>
            <p className="mt-1 text-gray-700 dark:text-gray-300">{paper.snippet}</p>
          </li>
        ))}
      </ol>
    </>
  );
}

// The metadata and the page of one request read the edition once.
const editionOf = cache(findEdition);

export async function editionMetadata(kind: string, period: string): Promise<Metadata> {
  const edition = await editionOf(kind, period);
  return { title: edition ? editionTitle(edition) : "Not found" };
}

/** `/digests/daily/YYYY-MM-DD` or `/digests/weekly/YYYY-Www`; a 404 for a period never sent. */
export async function EditionPage({ kind, period }: { kind: string; period: string }) {
  const edition = await editionOf(kind, period);
  if (!edition) notFound();
  return <EditionView edition={edition} />;
}
