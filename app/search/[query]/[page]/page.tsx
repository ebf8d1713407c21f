import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchResultsPage, searchMetadata } from "@/components/search-results-page";
import { wordsOfSegment } from "@/lib/search/cached-route";
import { searchInputProblem } from "@/lib/search/query";

// /papers?q=…&p=N, rewritten here by the proxy (proxy.ts) once it has counted the search against
// the client's budget: one cached page per words and page number, so that a common word is
// rendered once a minute, not once per visitor. A vote or an import revalidates every page of this
// route (lib/papers/revalidation.ts), as it does the week and month pages.
// See docs/decisions/0018-cached-search-pages-and-lock-free-votes.md.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ query: string; page: string }> };

const PAGE_NUMBER = /^(0|[1-9]\d{0,3})$/;

/** The words and page; null for what the proxy never rewrites here (asked for by this address). */
async function searchOf({ params }: Props): Promise<{ q: string; page: number } | null> {
  const { query, page } = await params;
  const q = wordsOfSegment(query)?.trim();
  return q && PAGE_NUMBER.test(page) && searchInputProblem(q) === null ? { q, page: Number(page) } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return searchMetadata((await searchOf(props))?.q ?? "");
}

export default async function CachedSearchPage(props: Props) {
  const search = await searchOf(props);
  if (!search) notFound();
  return <SearchResultsPage {...search} />;
}
