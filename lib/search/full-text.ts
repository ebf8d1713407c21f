// The full-text index, in each dialect: SQLite's FTS5 table PaperSearch (kept in step with Paper by
// the triggers of prisma/migrations/20261126010000_search and 20261128040100_search_prefix) and
// PostgreSQL's Paper."search" tsvector with its GIN index (prisma/postgresql/migrations/*_search).
// Both index the same words (letters and digits, case and accents folded, no stemming) and
// answer the same queries (lib/search/query.ts); each pair of statements sits side by side.
// See docs/decisions/0020-search-on-postgresql.md.
// Not marked server-only: `npm run digest` (plain Node) reads it through lib/digest/keyword-matches.ts.
import { Prisma } from "../generated/prisma/client";
import { db, dialect } from "../db/client";
import { excerpt, MATCH_END, MATCH_START } from "./highlight";
import { markedMatch, toPhrases } from "./matching";
import { ftsString, parseSearchTerms, toMatchExpression, toTsQuery, tsQueryTerm } from "./query";

/**
 * How many of the newest matches are ranked, and the most a total counts ("1,000+ papers"). The
 * newest matches are read straight from the index (FTS5 keeps papers in feed-day order, the
 * 20261128040100_search_prefix migration); ranking every match of a word that nine papers in ten
 * contain took ~450 ms at 100,000 papers. See docs/decisions/0012-trending-search-and-counts-at-100000-papers.md.
 */
export const RANKED_MATCHES = 1000;
const SNIPPET_WORDS = 48;

/** A match's key in the index: FTS5's rowid, or the paper's id on PostgreSQL. */
export type Hit = number | string;
export interface Ranking {
  /** The keys of the ranked matches, best first. */
  hits: Hit[];
  /** The matches, counted up to RANKED_MATCHES + 1. */
  counted: number;
}
/** A match's title and abstract excerpt, matched words between MATCH_START and MATCH_END. */
export type Marked = { hit: Hit | bigint; paperId: string; title: string; abstract: string };

export interface FullTextIndex {
  /** The index's query for what a person typed; null when it holds nothing to search for. */
  expression(input: string): string | null;
  /** The ranked matches, best first, with their capped count. */
  ranking(expression: string): Promise<Ranking>;
  /**
   * The highlighted title and abstract excerpt of these matches of what a person typed (in any
   * order), only now that they are few; a match that no longer matches (a cached ranking) is left out.
   */
  marked(input: string, hits: Hit[]): Promise<Marked[]>;
  /** How many papers contain each word (words none contains are left out), counted up to `cap`. */
  documentFrequencies(words: string[], cap: number): Promise<Map<string, number>>;
  /** Papers containing any of the words, those sharing the most and the rarest first. */
  papersWithAny(words: string[], exceptId: string, limit: number): Promise<string[]>;
  /** Asks about these papers only: which of them an expression matches. */
  among(paperIds: string[]): (expression: string) => Promise<string[]>;
}

// bm25 weight of each PaperSearch column (paperId, title, abstract, authors, organization):
// a word in the title counts five times one in the abstract.
const BM25 = "bm25(PaperSearch, 0, 10, 2, 5, 4)";
const FTS5_COUNT = `(SELECT count(*) FROM (SELECT 1 FROM PaperSearch WHERE PaperSearch MATCH ? LIMIT ${RANKED_MATCHES + 1}))`;
/** The rowid of the RANKED_MATCHES-th newest match; 0 when there are fewer. */
const FTS5_OLDEST_RANKED = `coalesce((SELECT rowid FROM PaperSearch WHERE PaperSearch MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_MATCHES - 1}), 0)`;

const fts5: FullTextIndex = {
  expression: toMatchExpression,
  ranking: async (expression) => {
    const [rows, [{ total }]] = await Promise.all([
      db.$queryRawUnsafe<{ hit: number | bigint }[]>(
        `SELECT rowid AS hit FROM PaperSearch WHERE PaperSearch MATCH ? AND rowid >= ${FTS5_OLDEST_RANKED}
         ORDER BY ${BM25}, paperId`,
        expression,
        expression,
      ),
      db.$queryRawUnsafe<{ total: number | bigint }[]>(`SELECT ${FTS5_COUNT} AS total`, expression),
    ]);
    return { hits: rows.map((row) => Number(row.hit)), counted: Number(total) };
  },
  // The indexed text read by rowid and matched in JavaScript (./matching.ts): a MATCH would open
  // the whole doclist of every word again.
  marked: async (input, hits) => {
    const rows = await db.$queryRawUnsafe<(Marked & { authors: string | null; organization: string | null })[]>(
      `SELECT rowid AS hit, paperId, title, abstract, authors, organization FROM PaperSearch
       WHERE rowid IN (${hits.map(() => "?").join(", ")})`,
      ...hits.map(Number),
    );
    const phrases = toPhrases(parseSearchTerms(input));
    return rows.flatMap(({ hit, paperId, ...row }) => {
      const [title, abstract] =
        markedMatch([row.title, row.abstract, row.authors ?? "", row.organization ?? ""], phrases) ?? [];
      return title === undefined ? [] : [{ hit, paperId, title, abstract: excerpt(abstract, SNIPPET_WORDS) }];
    });
  },
  // Each word's papers through the index, counted no further than `cap`, in one statement. The
  // index's own term statistics (fts5vocab) are exact but read a word's whole doclist: ~170 ms for a
  // paper's words at 100,000 papers, as common words such as "model" are in most of them.
  documentFrequencies: async (words, cap) => {
    const rows = await db.$queryRaw<{ term: string; doc: number | bigint }[]>`
      SELECT "key" AS "term", (SELECT count(*) FROM (
        SELECT 1 FROM "PaperSearch" WHERE "PaperSearch" MATCH "words"."value" LIMIT ${cap})) AS "doc"
      FROM json_each(${JSON.stringify(Object.fromEntries(words.map((word) => [word, ftsString(word)])))}) AS "words"`;
    return new Map(rows.filter(({ doc }) => Number(doc) > 0).map(({ term, doc }) => [term, Number(doc)]));
  },
  papersWithAny: async (words, exceptId, limit) => {
    const rows = await db.$queryRawUnsafe<{ paperId: string }[]>(
      `SELECT paperId FROM PaperSearch WHERE PaperSearch MATCH ? AND paperId != ?
       ORDER BY ${BM25}, paperId LIMIT ?`,
      words.map((word) => ftsString(word)).join(" OR "),
      exceptId,
      limit,
    );
    return rows.map((row) => row.paperId);
  },
  among: (paperIds) => {
    let rows: Promise<{ hit: number | bigint }[]> | undefined;
    // The index rows of the papers, found once: paperId is not indexed, rowid is.
    const candidateRows = () =>
      (rows ??= paperIds.length
        ? db.$queryRaw<
            { hit: number | bigint }[]
          >`SELECT rowid AS hit FROM "PaperSearch" WHERE "paperId" IN (${Prisma.join(paperIds)})`
        : Promise.resolve([]));
    return async (expression) => {
      const hits = await candidateRows();
      if (hits.length === 0) return [];
      const found = await db.$queryRaw<{ paperId: string }[]>`
        SELECT "paperId" FROM "PaperSearch"
        WHERE "PaperSearch" MATCH ${expression} AND rowid IN (${Prisma.join(hits.map((row) => row.hit))})`;
      return found.map((row) => row.paperId);
    };
  },
};

// ts_rank's weights of the document's parts, {D, C, B, A}: abstract, organization, authors,
// title, in the proportions of BM25's column weights above (2, 4, 5, 10).
const TS_WEIGHTS = Prisma.raw(`'{0.2, 0.4, 0.5, 1.0}'`);
const tsQuery = (expression: string) => Prisma.sql`to_tsquery('paper_search', ${expression})`;
// Every match marked in the whole text, which is kept as it is.
const HIGHLIGHT = `HighlightAll=true, StartSel=${MATCH_START}, StopSel=${MATCH_END}`;

const tsvector: FullTextIndex = {
  expression: toTsQuery,
  // The newest RANKED_MATCHES + 1 matches, by feed day through the GIN index: the extra one tells
  // "1,000+" from "1,000". The newest RANKED_MATCHES of them are ranked.
  ranking: async (expression) => {
    const rows = await db.$queryRaw<{ hit: string; total: bigint }[]>`
      WITH "newest" AS (
        SELECT "id", "feedDate", "search" FROM "Paper" WHERE "search" @@ ${tsQuery(expression)}
        ORDER BY "feedDate" DESC, "id" DESC LIMIT ${RANKED_MATCHES + 1})
      SELECT "id" AS "hit", (SELECT count(*) FROM "newest") AS "total"
      FROM (SELECT "id", "search" FROM "newest" ORDER BY "feedDate" DESC, "id" DESC LIMIT ${RANKED_MATCHES}) AS "ranked"
      ORDER BY ts_rank(${TS_WEIGHTS}, "search", ${tsQuery(expression)}) DESC, "id"`;
    return { hits: rows.map((row) => row.hit), counted: rows.length ? Number(rows[0].total) : 0 };
  },
  // Asked of the index again (on SQLite, of the indexed text): a cached ranking may name a paper
  // that has since changed or been hidden, and no longer matches.
  marked: async (input, hits) => {
    const expression = toTsQuery(input) ?? "";
    const rows = await db.$queryRaw<Marked[]>`
      SELECT "id" AS "hit", "id" AS "paperId",
             ts_headline('paper_search', "title", ${tsQuery(expression)}, ${HIGHLIGHT}) AS "title",
             ts_headline('paper_search', "abstract", ${tsQuery(expression)}, ${HIGHLIGHT}) AS "abstract"
      FROM "Paper" WHERE "id" IN (${Prisma.join(hits.map(String))}) AND "search" @@ ${tsQuery(expression)}`;
    return rows.map((row) => ({ ...row, abstract: excerpt(row.abstract, SNIPPET_WORDS) }));
  },
  // Each word's papers through the GIN index, counted no further than `cap`: a common word would
  // otherwise count most of the table.
  documentFrequencies: async (words, cap) => {
    const terms = Prisma.join(words.map((word) => Prisma.sql`(${word}, ${tsQueryTerm(word) ?? "''"})`));
    const rows = await db.$queryRaw<{ term: string; doc: bigint }[]>`
      SELECT "term", (SELECT count(*) FROM (
        SELECT 1 FROM "Paper" WHERE "search" @@ to_tsquery('paper_search', "query") LIMIT ${cap}) AS "papers") AS "doc"
      FROM (VALUES ${terms}) AS "terms" ("term", "query")`;
    return new Map(rows.filter(({ doc }) => doc > 0n).map(({ term, doc }) => [term, Number(doc)]));
  },
  papersWithAny: async (words, exceptId, limit) => {
    const any = tsQuery(words.flatMap((word) => tsQueryTerm(word) ?? []).join(" | "));
    const rows = await db.$queryRaw<{ paperId: string }[]>`
      SELECT "id" AS "paperId" FROM "Paper" WHERE "search" @@ ${any} AND "id" <> ${exceptId}
      ORDER BY ts_rank(${TS_WEIGHTS}, "search", ${any}) DESC, "id" LIMIT ${limit}`;
    return rows.map((row) => row.paperId);
  },
  // The papers by primary key, each one's tsvector tested against the query.
  among: (paperIds) => async (expression) => {
    if (paperIds.length === 0) return [];
    const found = await db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Paper" WHERE "id" IN (${Prisma.join(paperIds)}) AND "search" @@ ${tsQuery(expression)}`;
    return found.map((row) => row.id);
  },
};

/** The full-text index of the database the app runs on. */
export function fullTextIndex(): FullTextIndex {
  return { sqlite: fts5, postgresql: tsvector }[dialect()];
}
