-- Written by hand: `migrate diff` redefines "Paper" (create, copy, drop, rename) to add columns,
-- and dropping the table would drop the search index's triggers on it (20261126010000_search).
-- SQLite adds columns in place, so the triggers and every row stay as they are.

-- Statuses and frequencies become enums in the schema; SQLite keeps them as the same TEXT.

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "avatarUrl" TEXT;

-- AlterTable
ALTER TABLE "Paper" ADD COLUMN "source" TEXT NOT NULL DEFAULT 'seed';
ALTER TABLE "Paper" ADD COLUMN "affiliations" JSONB NOT NULL DEFAULT '[]';
ALTER TABLE "Paper" ADD COLUMN "primaryCategory" TEXT;
ALTER TABLE "Paper" ADD COLUMN "categories" JSONB NOT NULL DEFAULT '[]';
ALTER TABLE "Paper" ADD COLUMN "publishedAt" DATETIME;
ALTER TABLE "Paper" ADD COLUMN "revisedAt" DATETIME;
ALTER TABLE "Paper" ADD COLUMN "version" INTEGER;
ALTER TABLE "Paper" ADD COLUMN "doi" TEXT;
ALTER TABLE "Paper" ADD COLUMN "journalRef" TEXT;
ALTER TABLE "Paper" ADD COLUMN "comment" TEXT;
ALTER TABLE "Paper" ADD COLUMN "githubRepo" TEXT;
ALTER TABLE "Paper" ADD COLUMN "githubStars" INTEGER;
ALTER TABLE "Paper" ADD COLUMN "projectPage" TEXT;
ALTER TABLE "Paper" ADD COLUMN "thumbnailUrl" TEXT;
ALTER TABLE "Paper" ADD COLUMN "importedComments" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Paper" ADD COLUMN "aiSummary" TEXT;
ALTER TABLE "Paper" ADD COLUMN "aiKeywords" JSONB NOT NULL DEFAULT '[]';
ALTER TABLE "Paper" ADD COLUMN "submittedBy" TEXT;
ALTER TABLE "Paper" ADD COLUMN "submittedAt" DATETIME;

-- CreateTable
CREATE TABLE "PaperAlias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "paperId" TEXT NOT NULL,
    CONSTRAINT "PaperAlias_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Redirecting a merged paper's old addresses: the aliases of a paper.
CREATE INDEX "PaperAlias_paperId_idx" ON "PaperAlias"("paperId");
