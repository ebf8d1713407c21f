import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LiveCounts } from "@/components/live-counts";
import { PaperList } from "@/components/paper-list";
import { publicCollection } from "@/lib/collections/collections";
import { collectionId } from "@/lib/collections/schema";
import { collectionBibtexPath, collectionFeedPath, userPath } from "@/lib/http/paths";

// The same for everyone: only public collections have a page (a private one is a 404 to all,
// its owner included, who sees it on the account page). Changes revalidate it.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

async function find(id: string) {
  const parsed = collectionId.safeParse(id);
  return parsed.success ? publicCollection(parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const collection = await find(id);
  if (!collection) return { title: "Not found" };
  return {
    title: collection.name,
    alternates: { types: { "application/rss+xml": [{ url: collectionFeedPath(id), title: collection.name }] } },
  };
}

export default async function CollectionPage({ params }: Props) {
  const collection = await find((await params).id);
  if (!collection) notFound();
  const count = collection.papers.length;
  return (
    <>
      <div className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight">{collection.name}</h1>
        <p className="text-gray-600 dark:text-gray-400">
          A collection by{" "}
          <Link href={userPath(collection.owner.handle)} className="underline">
            @{collection.owner.handle}
          </Link>
          : {count} {count === 1 ? "paper" : "papers"}, newest addition first.
        </p>
        <p className="mt-2 flex gap-4 text-sm">
          <a href={collectionFeedPath(collection.id)} className="underline">
            RSS feed
          </a>
          <a href={collectionBibtexPath(collection.id)} className="underline">
            BibTeX of all papers
          </a>
        </p>
      </div>
      {count > 0 ? (
        <LiveCounts ids={collection.papers.map((paper) => paper.id)}>
          <PaperList papers={collection.papers} label={`Papers of ${collection.name}`} headingLevel={2} />
        </LiveCounts>
      ) : (
        <p className="rounded-xl border border-dashed border-gray-300 p-8 text-center dark:border-gray-700">
          No papers in this collection yet.
        </p>
      )}
    </>
  );
}
