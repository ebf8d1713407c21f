// Full-text search: one page of the matches of what a person typed, ranked, highlighted, with
// their papers. The index and its SQL, per database, are in ./full-text.ts.
import "server-only";
import { cachedAnswer } from "../papers/answer-cache";
import { toSegments, type Segment } from "./highlight";
import { papersByIds, type PaperSummary } from "../papers/queries";
import { fullTextIndex, RANKED_MATCHES, type Ranking } from "./full-text";

export { RANKED_MATCHES };

export interface SearchHit extends PaperSummary {
  highlight: { title: Segment[]; abstract: Segment[] };
}

export interface SearchPage {
  /** The number of matches, counted up to RANKED_MATCHES; `capped` when there are more. */
  total: number;
  capped: boolean;
  hits: SearchHit[];
}

// Ranking is most of a search's work (up to RANKED_MATCHES rows ranked) and the same for every
// page of the same words: it is done once a minute at most (and again after an import or an edit,
// which drop every cached answer; not after a vote, as it orders by the papers' text alone), and
// each page of results is a slice of it.
const RANKING_CACHE_MS = 60_000;

/** The ranked matches of an index expression, best first, with the capped count. */
function ranking(expression: string): Promise<Ranking> {
  return cachedAnswer(`ranking ${expression}`, RANKING_CACHE_MS, () => fullTextIndex().ranking(expression), {
    textOnly: true,
  });
}

/** The papers matching what a person typed, best first, one page of them. */
export async function searchPapers(input: string, page: { limit: number; offset: number }): Promise<SearchPage> {
  const index = fullTextIndex();
  const expression = index.expression(input);
  if (!expression) return { total: 0, capped: false, hits: [] };
  const { hits, counted } = await ranking(expression);
  const pageHits = hits.slice(page.offset, page.offset + page.limit);
  const marked = pageHits.length ? await index.marked(input, pageHits) : [];
  const byHit = new Map(marked.map((row) => [String(row.hit), row]));
  const rows = pageHits.flatMap((hit) => byHit.get(String(hit)) ?? []);
  const papers = await papersByIds(rows.map((row) => row.paperId));
  const found = rows.flatMap((row) => {
    const paper = papers.get(row.paperId);
    return paper ? [{ ...paper, highlight: { title: toSegments(row.title), abstract: toSegments(row.abstract) } }] : [];
  });
  return { total: Math.min(counted, RANKED_MATCHES), capped: counted > RANKED_MATCHES, hits: found };
}

// What people search for repeats ("diffusion", "llm"): each page of results is ranked once a
// minute at most, and again after any vote (which drops the cached answers), so a popular word
// costs one ranking, not one per visitor. The rate limit bounds what one client can make it hold.
const SEARCH_CACHE_MS = 60_000;

/** searchPapers for the search page and the API: the same page of the same words, cached. */
export function cachedSearch(input: string, page: { limit: number; offset: number }): Promise<SearchPage> {
  const expression = fullTextIndex().expression(input);
  if (!expression) return searchPapers(input, page);
  return cachedAnswer(`search ${page.limit} ${page.offset} ${expression}`, SEARCH_CACHE_MS, () =>
    searchPapers(input, page),
  );
}
