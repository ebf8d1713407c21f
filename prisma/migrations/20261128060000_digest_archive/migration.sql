-- CreateTable
CREATE TABLE "DigestEdition" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "papers" JSONB NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DigestRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "period" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "papers" INTEGER NOT NULL DEFAULT 0,
    "sent" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,
    "editionId" INTEGER,
    CONSTRAINT "DigestRun_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "DigestEdition" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_DigestRun" ("failed", "finishedAt", "id", "note", "papers", "period", "sent", "skipped", "startedAt") SELECT "failed", "finishedAt", "id", "note", "papers", "period", "sent", "skipped", "startedAt" FROM "DigestRun";
DROP TABLE "DigestRun";
ALTER TABLE "new_DigestRun" RENAME TO "DigestRun";
CREATE INDEX "DigestRun_period_startedAt_idx" ON "DigestRun"("period", "startedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "DigestEdition_sentAt_idx" ON "DigestEdition"("sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "DigestEdition_kind_period_key" ON "DigestEdition"("kind", "period");

