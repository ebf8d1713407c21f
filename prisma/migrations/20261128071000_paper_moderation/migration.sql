-- Written by hand: `migrate diff` redefines "Paper" to add a column, which would drop the search
-- index's triggers (20261126010000_search) and the upvote count triggers on it.

-- AlterTable
ALTER TABLE "Paper" ADD COLUMN "hiddenAt" DATETIME;

-- A hidden paper leaves the search index, so that search, its counts and related papers never
-- find it; restoring it indexes it again with its current text. The update trigger of
-- 20261126010000_search then finds no row to update while the paper is hidden.
CREATE TRIGGER "Paper_search_hide" AFTER UPDATE OF "hiddenAt" ON "Paper"
WHEN (old."hiddenAt" IS NULL) != (new."hiddenAt" IS NULL) BEGIN
    DELETE FROM "PaperSearch" WHERE "paperId" = old."id";
    INSERT INTO "PaperSearch" ("paperId", "title", "abstract", "authors", "organization")
    SELECT new."id", new."title", new."abstract",
        (SELECT group_concat(a."value", ' ') FROM json_each(CASE WHEN json_valid(new."authors", 5) THEN new."authors" END) AS a WHERE a."type" = 'text'),
        (SELECT "name" FROM "Organization" WHERE "slug" = new."organizationSlug")
    WHERE new."hiddenAt" IS NULL;
END;
