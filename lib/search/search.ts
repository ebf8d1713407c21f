// Full-text search over the PaperSearch index (SQLite FTS5, kept in step with Paper by the
// triggers of the 20261126010000_search migration).
import "server-only";
import { db } from "../db/client";
import { cachedAnswer } from "../papers/answer-cache";
import { MATCH_END, MATCH_START, toSegments, type Segment } from "./highlight";
import { papersByIds, type PaperSummary } from "../papers/queries";
import { toMatchExpression } from "./query";

// bm25 weight of each PaperSearch column (paperId, title, abstract, authors, organization):
// a word in the title counts five times one in the abstract.
export const BM25 = "bm25(PaperSearch, 0, 10, 2, 5, 4)";
const MARKS = `'${MATCH_START}', '${MATCH_END}'`;
const SNIPPET_TOKENS = 48;

/**
 * How many of the newest matches are ranked, and the most a total counts ("1,000+ papers"). The
 * index keeps papers in feed-day order (the 20261128040100_search_prefix migration), so the
 * newest matches are read straight from it; ranking every match of a word that nine papers in ten
 * contain took ~450 ms at 100,000 papers. See docs/decisions/0012-trending-search-and-counts-at-100000-papers.md.
 */
export const RANKED_MATCHES = 1000;

export interface SearchHit extends PaperSummary {
  highlight: { title: Segment[]; abstract: Segment[] };
}

export interface SearchPage {
  /** The number of matches, counted up to RANKED_MATCHES; `capped` when there are more. */
  total: number;
  capped: boolean;
  hits: SearchHit[];
}

/** The matches, counted up to one past RANKED_MATCHES. */
const COUNT = `(SELECT count(*) FROM (SELECT 1 FROM PaperSearch WHERE PaperSearch MATCH ? LIMIT ${RANKED_MATCHES + 1}))`;
/** The rowid of the RANKED_MATCHES-th newest match; 0 when there are fewer. */
const OLDEST_RANKED = `coalesce((SELECT rowid FROM PaperSearch WHERE PaperSearch MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_MATCHES - 1}), 0)`;

type Marked = { hit: number | bigint; paperId: string; title: string; abstract: string };

interface Ranking {
  /** The index rows of the ranked matches, best first. */
  hits: number[];
  /** The matches, counted up to RANKED_MATCHES + 1. */
  counted: number;
}

// Ranking is most of a search's work (bm25 over up to RANKED_MATCHES rows) and the same for every
// page of the same words: it is done once a minute at most (and again after any vote or import,
// which drop the cached answers), and each page of results is a slice of it.
const RANKING_CACHE_MS = 60_000;

/** The ranked matches of a MATCH expression, best first, with the capped count. */
function ranking(expression: string): Promise<Ranking> {
  return cachedAnswer(`ranking ${expression}`, RANKING_CACHE_MS, async () => {
    const [rows, [{ total }]] = await Promise.all([
      db.$queryRawUnsafe<{ hit: number | bigint }[]>(
        `SELECT rowid AS hit FROM PaperSearch WHERE PaperSearch MATCH ? AND rowid >= ${OLDEST_RANKED}
         ORDER BY ${BM25}, paperId`,
        expression,
        expression,
      ),
      db.$queryRawUnsafe<{ total: number | bigint }[]>(`SELECT ${COUNT} AS total`, expression),
    ]);
    return { hits: rows.map((row) => Number(row.hit)), counted: Number(total) };
  });
}

/**
 * The highlighted title and abstract excerpt of these index rows, in their order, only now that
 * they are few. The rowid range keeps FTS5 from walking the whole doclist of a common word.
 */
async function marked(expression: string, hits: number[]): Promise<Marked[]> {
  const rows = await db.$queryRawUnsafe<Marked[]>(
    `SELECT rowid AS hit, paperId,
            highlight(PaperSearch, 1, ${MARKS}) AS title,
            snippet(PaperSearch, 2, ${MARKS}, '…', ${SNIPPET_TOKENS}) AS abstract
     FROM PaperSearch WHERE PaperSearch MATCH ? AND rowid BETWEEN ? AND ?
       AND rowid IN (${hits.map(() => "?").join(", ")})`,
    expression,
    Math.min(...hits),
    Math.max(...hits),
    ...hits,
  );
  const byHit = new Map(rows.map((row) => [Number(row.hit), row]));
  return hits.flatMap((hit) => byHit.get(hit) ?? []);
}

/** The papers matching what a person typed, best first, one page of them. */
export async function searchPapers(input: string, page: { limit: number; offset: number }): Promise<SearchPage> {
  const expression = toMatchExpression(input);
  if (!expression) return { total: 0, capped: false, hits: [] };
  const { hits, counted } = await ranking(expression);
  const pageHits = hits.slice(page.offset, page.offset + page.limit);
  const rows = pageHits.length ? await marked(expression, pageHits) : [];
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
  const expression = toMatchExpression(input);
  if (!expression) return searchPapers(input, page);
  return cachedAnswer(`search ${page.limit} ${page.offset} ${expression}`, SEARCH_CACHE_MS, () =>
    searchPapers(input, page),
  );
}
