-- A paper's count follows its vote rows by their delta, in the statement that adds, removes or
-- moves a row, as SQLite's triggers do (prisma/migrations/20261128040200_upvote_count_triggers):
-- no writer, however it writes, can leave the count behind. Two votes on one paper at once queue
-- on the paper's row lock for the length of one UPDATE, so the count is exact.
-- See docs/decisions/0012-trending-search-and-counts-at-100000-papers.md.

CREATE FUNCTION upvote_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE "Paper" SET "upvotes" = "upvotes" + 1 WHERE "id" = NEW."paperId";
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE "Paper" SET "upvotes" = "upvotes" - 1 WHERE "id" = OLD."paperId";
    -- A vote moved to another paper (a merge) moves its count. When the paper itself was renamed
    -- (ON UPDATE CASCADE), the old id names no paper any more and its count already holds the vote.
    ELSIF EXISTS (SELECT 1 FROM "Paper" WHERE "id" = OLD."paperId") THEN
        UPDATE "Paper" SET "upvotes" = "upvotes" - 1 WHERE "id" = OLD."paperId";
        UPDATE "Paper" SET "upvotes" = "upvotes" + 1 WHERE "id" = NEW."paperId";
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Upvote_count_insert" AFTER INSERT ON "Upvote" FOR EACH ROW EXECUTE FUNCTION upvote_count();
CREATE TRIGGER "Upvote_count_delete" AFTER DELETE ON "Upvote" FOR EACH ROW EXECUTE FUNCTION upvote_count();
CREATE TRIGGER "Upvote_count_move" AFTER UPDATE OF "paperId" ON "Upvote"
FOR EACH ROW WHEN (OLD."paperId" IS DISTINCT FROM NEW."paperId") EXECUTE FUNCTION upvote_count();
