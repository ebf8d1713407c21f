import type { Metadata } from "next";
import { pageParam } from "@/components/pager";
import { SearchResultsPage, searchMetadata } from "@/components/search-results-page";

// Only searches reach this page: next.config.ts rewrites /papers without ?q= to the cached
// /papers/date/latest, so reading the query here leaves the latest day cached. A search that can
// run is rewritten by the proxy (proxy.ts) to the cached /search/{words}/{page}: what is left here
// is input the page refuses (no words, too long, control characters), with the reason.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `?q=` searches; `?p=` is the results page, from 0 (as in the API). */
async function searchOf({ searchParams }: Props): Promise<{ q: string; page: number }> {
  const { q, p } = await searchParams;
  return { q: typeof q === "string" ? q : "", page: pageParam(p) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return searchMetadata((await searchOf(props)).q);
}

export default async function PapersPage(props: Props) {
  return <SearchResultsPage {...await searchOf(props)} />;
}
