-- Full-text search over papers (SQLite FTS5), written by hand: Prisma's schema language cannot
-- describe virtual tables or triggers, and `prisma migrate diff` compares schema files only, so
-- nothing here disturbs the migrations it writes later.
--
-- A standalone FTS5 table that keeps its own copy of the text, keyed by paperId (UNINDEXED):
-- * highlight() and snippet() need the text, so a contentless table will not do;
-- * an external-content table would have to point at Paper's implicit rowid, which VACUUM may
--   renumber (Paper's key is TEXT), and its delete command needs the old values of derived
--   columns (author names, organization name) that a trigger cannot always rebuild.
-- The copy costs about the size of the titles and abstracts.
--
-- unicode61 without porter: a word matches that word (case and accents ignored), and `word*`
-- matches every word that starts with it. Porter stemming would also merge plurals, but it turns
-- prefixes into stems ("generati*" then finds nothing) and merges unrelated words
-- ("generalization" with "generation").
CREATE VIRTUAL TABLE "PaperSearch" USING fts5(
    "paperId" UNINDEXED,
    "title",
    "abstract",
    "authors",
    "organization",
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Term statistics (how many papers contain each word), for "more like this".
CREATE VIRTUAL TABLE "PaperSearchTerms" USING fts5vocab("PaperSearch", 'row');

-- The triggers below keep PaperSearch equal to this, for every paper.
INSERT INTO "PaperSearch" ("paperId", "title", "abstract", "authors", "organization")
SELECT p."id", p."title", p."abstract",
       (SELECT group_concat(a."value", ' ') FROM json_each(CASE WHEN json_valid(p."authors", 5) THEN p."authors" END) AS a WHERE a."type" = 'text'),
       o."name"
FROM "Paper" AS p LEFT JOIN "Organization" AS o ON o."slug" = p."organizationSlug";

CREATE TRIGGER "Paper_search_insert" AFTER INSERT ON "Paper" BEGIN
    INSERT INTO "PaperSearch" ("paperId", "title", "abstract", "authors", "organization")
    VALUES (
        new."id", new."title", new."abstract",
        -- authors is a JSON array of names; anything malformed indexes no names rather than failing the write.
        (SELECT group_concat(a."value", ' ') FROM json_each(CASE WHEN json_valid(new."authors", 5) THEN new."authors" END) AS a WHERE a."type" = 'text'),
        (SELECT "name" FROM "Organization" WHERE "slug" = new."organizationSlug")
    );
END;

-- Only the indexed columns: an upvote (which updates "upvotes") leaves the index alone.
CREATE TRIGGER "Paper_search_update" AFTER UPDATE OF "id", "title", "abstract", "authors", "organizationSlug" ON "Paper" BEGIN
    UPDATE "PaperSearch" SET
        "paperId" = new."id",
        "title" = new."title",
        "abstract" = new."abstract",
        "authors" = (SELECT group_concat(a."value", ' ') FROM json_each(CASE WHEN json_valid(new."authors", 5) THEN new."authors" END) AS a WHERE a."type" = 'text'),
        "organization" = (SELECT "name" FROM "Organization" WHERE "slug" = new."organizationSlug")
    WHERE "paperId" = old."id";
END;

CREATE TRIGGER "Paper_search_delete" AFTER DELETE ON "Paper" BEGIN
    DELETE FROM "PaperSearch" WHERE "paperId" = old."id";
END;

-- Renaming an organization renames it in the index of each of its papers.
CREATE TRIGGER "Organization_search_rename" AFTER UPDATE OF "name" ON "Organization" BEGIN
    UPDATE "PaperSearch" SET "organization" = new."name"
    WHERE "paperId" IN (SELECT "id" FROM "Paper" WHERE "organizationSlug" = new."slug");
END;
