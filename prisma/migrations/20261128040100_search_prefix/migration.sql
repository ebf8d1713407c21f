-- The search index again, with prefix indexes and in feed-day order, written by hand as
-- 20261126010000_search was (Prisma's schema language cannot describe FTS5 tables).
--
-- * prefix = '2 3': FTS5 keeps the 2- and 3-character prefixes of every word, so that a short
--   prefix query (`ge*`, `tra*`: anyone can type one) reads one doclist instead of merging the
--   doclists of the thousands of words it starts. Longer prefixes start few words and need none.
-- * Rows are inserted oldest feed day first, so that the FTS rowid follows the feed day: search
--   ranks only the newest matches of a very common word (lib/search/search.ts), read backwards
--   by rowid straight from the index.
--
-- The triggers of 20261126010000_search stay: they name PaperSearch, which is created again
-- here under the same name and columns. The whole rebuild is one transaction: a failure leaves
-- the old index as it was.
BEGIN;

DROP TABLE "PaperSearchTerms";
DROP TABLE "PaperSearch";

CREATE VIRTUAL TABLE "PaperSearch" USING fts5(
    "paperId" UNINDEXED,
    "title",
    "abstract",
    "authors",
    "organization",
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE VIRTUAL TABLE "PaperSearchTerms" USING fts5vocab("PaperSearch", 'row');

INSERT INTO "PaperSearch" ("paperId", "title", "abstract", "authors", "organization")
SELECT p."id", p."title", p."abstract",
       (SELECT group_concat(a."value", ' ') FROM json_each(CASE WHEN json_valid(p."authors", 5) THEN p."authors" END) AS a WHERE a."type" = 'text'),
       o."name"
FROM "Paper" AS p LEFT JOIN "Organization" AS o ON o."slug" = p."organizationSlug"
ORDER BY p."feedDate", p."id";

-- Merged into as few segments as possible: a freshly built index answers fastest.
INSERT INTO "PaperSearch" ("PaperSearch") VALUES ('optimize');

COMMIT;
