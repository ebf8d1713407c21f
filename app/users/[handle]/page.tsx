import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LiveCounts } from "@/components/live-counts";
import { PaperList } from "@/components/paper-list";
import { collectionPath } from "@/lib/http/paths";
import { HANDLE_PATTERN } from "@/lib/members/handle";
import { memberPublicPage } from "@/lib/members/public-page";

// The same for everyone; submissions and collection changes revalidate it.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ handle: string }> };

async function find(handle: string) {
  return HANDLE_PATTERN.test(handle) ? memberPublicPage(handle) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await find((await params).handle);
  return { title: page ? `@${page.handle}` : "Not found" };
}

export default async function UserPage({ params }: Props) {
  const page = await find((await params).handle);
  if (!page) notFound();
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">@{page.handle}</h1>
      <section aria-labelledby="collections-heading" className="space-y-2">
        <h2 id="collections-heading" className="text-xl font-semibold">
          Public collections
        </h2>
        {page.collections.length === 0 ? (
          <p className="text-gray-600 dark:text-gray-400">None.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {page.collections.map((collection) => (
              <li key={collection.id}>
                <Link href={collectionPath(collection.id)} className="underline">
                  {collection.name}
                </Link>{" "}
                ({collection._count.papers} {collection._count.papers === 1 ? "paper" : "papers"})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="submissions-heading" className="space-y-2">
        <h2 id="submissions-heading" className="text-xl font-semibold">
          Submissions
        </h2>
        {page.submissions.length === 0 ? (
          <p className="text-gray-600 dark:text-gray-400">None yet.</p>
        ) : (
          <LiveCounts ids={page.submissions.map((paper) => paper.id)}>
            <PaperList papers={page.submissions} label={`Submitted by @${page.handle}`} headingLevel={3} />
          </LiveCounts>
        )}
      </section>
    </div>
  );
}
