import type { Metadata } from "next";
import Link from "next/link";
import { LATEST_PATH, searchPath } from "@/lib/http/paths";
import { cachedSearch } from "@/lib/search/search";
import { searchInputProblem } from "@/lib/search/query";
import { Highlighted } from "./highlighted";
import { LiveCounts } from "./live-counts";
import { PaperCard } from "./paper-card";
import { Pager } from "./pager";
import { SearchBox } from "./search-box";

export const SEARCH_PAGE_SIZE = 20;

function Notice({ children }: { children: React.ReactNode }) {
  return (
    <div role="status" className="rounded-xl border border-dashed border-gray-300 p-8 text-center dark:border-gray-700">
      {children}
    </div>
  );
}

async function Results({ q, page }: { q: string; page: number }) {
  const problem = searchInputProblem(q);
  if (problem) return <Notice>That search cannot run: it {problem}.</Notice>;
  const { total, capped, hits } = await cachedSearch(q, { limit: SEARCH_PAGE_SIZE, offset: page * SEARCH_PAGE_SIZE });
  if (total === 0) {
    return (
      <Notice>
        <p>No papers match all of these words.</p>
        <p className="mt-2 text-sm text-gray-600 dark:text-gray-400">
          Try removing a word or two, or end a word with * to match its beginning (transform* finds transformers).
        </p>
      </Notice>
    );
  }
  const pages = Math.ceil(total / SEARCH_PAGE_SIZE);
  return (
    <>
      <p className="mb-4 text-sm text-gray-600 dark:text-gray-400" role="status">
        {capped
          ? `${total.toLocaleString("en-US")}+ papers found; the best matches among the newest ${total.toLocaleString("en-US")} come first`
          : `${total} ${total === 1 ? "paper" : "papers"} found`}
      </p>
      <LiveCounts ids={hits.map((hit) => hit.id)}>
        <ol aria-label="Search results" className="flex flex-col gap-3">
          {hits.map((hit) => (
            <li key={hit.id}>
              <PaperCard
                paper={hit}
                title={<Highlighted segments={hit.highlight.title} />}
                abstract={<Highlighted segments={hit.highlight.abstract} />}
              />
            </li>
          ))}
        </ol>
      </LiveCounts>
      <Pager page={page} pages={pages} href={(p) => searchPath(q, p)} />
    </>
  );
}

/** A search page's title; search pages are rightly not indexed. */
export function searchMetadata(q: string): Metadata {
  const query = q.trim().slice(0, 100);
  return { title: query ? `Search: ${query}` : "Search papers", robots: { index: false } };
}

/** `/papers?q=…`: the papers matching the words, best first. */
export function SearchResultsPage({ q, page }: { q: string; page: number }) {
  const query = q.trim();
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">
          {query ? <>Search: {query.slice(0, 100)}</> : "Search papers"}
        </h1>
        <SearchBox defaultValue={query} label="Search again" />
      </div>
      {query ? (
        <Results q={query} page={page} />
      ) : (
        <Notice>
          Type some words to search titles, abstracts, authors and organizations, or go to the{" "}
          <Link href={LATEST_PATH} className="underline">
            latest papers
          </Link>
          .
        </Notice>
      )}
    </>
  );
}
