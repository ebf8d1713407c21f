import type { Metadata } from "next";
import { FEED_RESOLVERS, feedRoute } from "@/components/feed-route";
import { pageParam } from "@/components/pager";
import { SearchResultsPage } from "@/components/search-results-page";

// Plain /papers is rewritten to the cached /papers/date/latest (next.config.ts): this page
// answers searches, /papers?q=…, and renders the latest day should it be reached without one.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const latest = feedRoute(FEED_RESOLVERS.date, { forVoter: true });

/** `?q=` searches; `?p=` is the results page, from 0 (as in the API). */
async function searchOf({ searchParams }: Props): Promise<{ q: string; page: number } | null> {
  const { q, p } = await searchParams;
  if (typeof q !== "string") return null;
  return { q, page: pageParam(p) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const search = await searchOf(props);
  return search ? { title: `Search: ${search.q.trim().slice(0, 100)}`, robots: { index: false } } : {};
}

export default async function PapersPage(props: Props) {
  const search = await searchOf(props);
  return search ? <SearchResultsPage {...search} /> : latest.Page("latest");
}
