import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FeedTabs } from "@/components/feed-tabs";
import { LiveCounts } from "@/components/live-counts";
import { PaperList } from "@/components/paper-list";
import { TRENDING_KEY } from "@/lib/http/paths";
import { today } from "@/lib/papers/dates";
import { latestFeedDate } from "@/lib/papers/queries";
import { TRENDING_HALF_LIFE_HOURS, TRENDING_WINDOW_DAYS, trendingPapers } from "@/lib/votes/trending";

// /papers/trending, rewritten here by next.config.ts (as /papers is to /papers/date/latest) so that
// the page is rendered on its first request rather than at build time, when there is no database.
// Then cached: rendered again once a minute at most, and after any vote (lib/papers/revalidation.ts),
// as the feed pages are; the visitor's own votes arrive after load.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ key: string }> };

export const metadata: Metadata = { title: "Trending papers" };

const TRENDING_LIMIT = 50;

export default async function TrendingPage({ params }: Props) {
  if ((await params).key !== TRENDING_KEY) notFound();
  const [papers, latest] = await Promise.all([trendingPapers({ limit: TRENDING_LIMIT }), latestFeedDate()]);
  return (
    <>
      <div className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight">Trending papers</h1>
        <p className="text-gray-600 dark:text-gray-400">what the research community upvotes now</p>
      </div>
      <div className="mb-4">
        <FeedTabs day={latest ?? today()} current="trending" />
      </div>
      <section aria-label="How trending is ranked" className="mb-6 max-w-3xl text-sm text-gray-700 dark:text-gray-300">
        <p>
          A paper scores the sum, over its upvotes of the last {TRENDING_WINDOW_DAYS} days, of 0.5 ^ (age of the upvote in
          hours ÷ {TRENDING_HALF_LIFE_HOURS}): an upvote cast now counts 1, one cast {TRENDING_HALF_LIFE_HOURS} hours ago
          counts 0.5, and one older than {TRENDING_WINDOW_DAYS} days counts nothing.
        </p>
        <p className="mt-2">
          Highest score first. Equal scores, and papers with no upvote in the last {TRENDING_WINDOW_DAYS} days (which come
          after all others), are ordered by total upvotes, then the later feed day, then the paper id.
        </p>
      </section>
      {papers.length > 0 ? (
        <LiveCounts ids={papers.map((paper) => paper.id)}>
          <PaperList papers={papers} label={`Top ${TRENDING_LIMIT} trending papers`} headingLevel={2} />
        </LiveCounts>
      ) : (
        <p className="rounded-xl border border-dashed border-gray-300 p-8 text-center dark:border-gray-700">No papers yet.</p>
      )}
    </>
  );
}
