import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentVoterUpvotes } from "@/lib/votes/current-voter";
import { formatSpan, type Span } from "@/lib/papers/dates";
import { loadFeed, resolveFeedKey } from "@/lib/papers/feed";
import { FeedView } from "./feed-view";
import { LiveCounts } from "./live-counts";

/** Cached for everyone (no voter state), or rendered per request for a visitor who has voted. */
export interface RouteVariant {
  forVoter: boolean;
}

type Resolve = (key: string) => Span | null | Promise<Span | null>;

/** The page and metadata of a feed route whose last segment names a span; a bad key is a 404. */
export function feedRoute(resolve: Resolve, { forVoter }: RouteVariant) {
  return {
    async generateMetadata(key: string): Promise<Metadata> {
      const span = await resolve(key);
      return { title: span ? formatSpan(span) : "Not found" };
    },
    async Page(key: string) {
      const span = await resolve(key);
      if (!span) notFound();
      const feed = await loadFeed(span);
      const ids = feed.papers.map((paper) => paper.id);
      if (!forVoter) {
        return (
          <LiveCounts ids={ids}>
            <FeedView feed={feed} upvoted={new Set()} />
          </LiveCounts>
        );
      }
      return <FeedView feed={feed} upvoted={await currentVoterUpvotes(ids)} />;
    },
  };
}

export const FEED_RESOLVERS = {
  date: (key) => resolveFeedKey("date", key),
  week: (key) => resolveFeedKey("week", key),
  month: (key) => resolveFeedKey("month", key),
} satisfies Record<string, Resolve>;

export type FeedSegment = keyof typeof FEED_RESOLVERS;

type Props<K extends string> = { params: Promise<Record<K, string>> };

/** Next's page exports for /papers/{segment}/[param]. */
export function feedPage<K extends string>(segment: FeedSegment, param: K, variant: RouteVariant) {
  const route = feedRoute(FEED_RESOLVERS[segment], variant);
  return {
    generateMetadata: async ({ params }: Props<K>) => route.generateMetadata((await params)[param]),
    Page: async ({ params }: Props<K>) => route.Page((await params)[param]),
  };
}
