-- A paper's count follows its vote rows by their delta, in the statement that adds, removes or
-- moves a row: no vote recounts the paper's rows (COUNT(*) over the ~6,600 rows of a popular paper,
-- under SQLite's one write lock), and no writer, however it writes, can leave the count behind.
-- Written by hand: Prisma's schema language cannot describe triggers. A later migration that
-- redefines "Upvote" (create, copy, drop, rename) would drop them: add columns in place instead.
-- See docs/decisions/0012-trending-search-and-counts-at-100000-papers.md.

CREATE TRIGGER "Upvote_count_insert" AFTER INSERT ON "Upvote" BEGIN
    UPDATE "Paper" SET "upvotes" = "upvotes" + 1 WHERE "id" = new."paperId";
END;

CREATE TRIGGER "Upvote_count_delete" AFTER DELETE ON "Upvote" BEGIN
    UPDATE "Paper" SET "upvotes" = "upvotes" - 1 WHERE "id" = old."paperId";
END;

-- A vote moved to another paper (a merge) moves its count. When the paper itself was renamed
-- (ON UPDATE CASCADE), the old id names no paper any more and its count already holds the vote.
CREATE TRIGGER "Upvote_count_move" AFTER UPDATE OF "paperId" ON "Upvote"
WHEN EXISTS (SELECT 1 FROM "Paper" WHERE "id" = old."paperId") BEGIN
    UPDATE "Paper" SET "upvotes" = "upvotes" - 1 WHERE "id" = old."paperId";
    UPDATE "Paper" SET "upvotes" = "upvotes" + 1 WHERE "id" = new."paperId";
END;

-- From here on the triggers keep it; start from the rows as they are.
UPDATE "Paper" SET "upvotes" = "importedUpvotes" + (SELECT COUNT(*) FROM "Upvote" WHERE "paperId" = "Paper"."id");
