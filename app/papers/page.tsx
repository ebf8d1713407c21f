import type { Metadata } from "next";
import { LatestFeedPage } from "@/components/latest-feed-page";
import { pageParam } from "@/components/pager";
import { SearchResultsPage } from "@/components/search-results-page";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

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
  return search ? <SearchResultsPage {...search} /> : <LatestFeedPage />;
}
