-- DropIndex
DROP INDEX "Paper_feedDate_upvotes_id_idx";

-- DropIndex
DROP INDEX "Paper_organizationSlug_publishedOn_idx";

-- DropIndex
DROP INDEX "Paper_upvotes_feedDate_id_idx";

-- AlterTable
ALTER TABLE "Paper" ADD COLUMN     "hiddenAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Paper_feedDate_upvotes_id_hiddenAt_idx" ON "Paper"("feedDate", "upvotes" DESC, "id", "hiddenAt");

-- CreateIndex
CREATE INDEX "Paper_organizationSlug_publishedOn_hiddenAt_idx" ON "Paper"("organizationSlug", "publishedOn" DESC, "hiddenAt");

-- CreateIndex
CREATE INDEX "Paper_upvotes_feedDate_id_hiddenAt_idx" ON "Paper"("upvotes" DESC, "feedDate" DESC, "id", "hiddenAt");

-- CreateIndex
CREATE INDEX "Paper_hiddenAt_idx" ON "Paper"("hiddenAt");


-- Written by hand, the counterpart of SQLite's "Paper_search_hide" trigger
-- (prisma/migrations/20261128071000_paper_moderation): a hidden paper leaves the search index (its
-- "search" is NULL, which matches no query), so that search, its counts, related papers and the
-- digest's keywords never find it; restoring it indexes it again with its current text.
CREATE OR REPLACE FUNCTION paper_search_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW."search" := CASE WHEN NEW."hiddenAt" IS NULL THEN paper_search_document(
        NEW."title", NEW."abstract", NEW."authors",
        (SELECT "name" FROM "Organization" WHERE "slug" = NEW."organizationSlug")) END;
    RETURN NEW;
END
$$;

DROP TRIGGER "Paper_search_write" ON "Paper";
CREATE TRIGGER "Paper_search_write" BEFORE INSERT OR UPDATE OF "title", "abstract", "authors", "organizationSlug", "hiddenAt"
ON "Paper" FOR EACH ROW EXECUTE FUNCTION paper_search_write();

-- Renaming an organization leaves its hidden papers out of the index.
CREATE OR REPLACE FUNCTION organization_search_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Paper" SET "search" = paper_search_document("title", "abstract", "authors", NEW."name")
    WHERE "organizationSlug" = NEW."slug" AND "hiddenAt" IS NULL;
    RETURN NULL;
END
$$;
