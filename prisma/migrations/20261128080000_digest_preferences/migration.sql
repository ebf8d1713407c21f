-- Each reader's digest (issue 14): preferences on Subscriber, the papers each reader was sent,
-- readers whose filters left nothing, and the ranked candidates of each edition. Written by hand
-- with ADD COLUMN: `migrate diff` would redefine (copy, drop, rename) these tables.

ALTER TABLE "Subscriber" ADD COLUMN "digestSize" INTEGER NOT NULL DEFAULT 10;
ALTER TABLE "Subscriber" ADD COLUMN "topics" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "Subscriber" ADD COLUMN "mutes" JSONB NOT NULL DEFAULT '[]';
ALTER TABLE "Subscriber" ADD COLUMN "timeZone" TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE "Subscriber" ADD COLUMN "sendHour" INTEGER NOT NULL DEFAULT 7;
ALTER TABLE "Subscriber" ADD COLUMN "pausedUntil" TEXT;
ALTER TABLE "Subscriber" ADD COLUMN "neverRepeat" BOOLEAN NOT NULL DEFAULT true;

DROP INDEX "Subscriber_status_frequency_id_idx";
CREATE INDEX "Subscriber_status_frequency_timeZone_sendHour_id_idx" ON "Subscriber"("status", "frequency", "timeZone", "sendHour", "id");

CREATE TABLE "SentPaper" (
    "subscriberId" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("subscriberId", "paperId"),
    CONSTRAINT "SentPaper_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

ALTER TABLE "DigestRun" ADD COLUMN "empty" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "DigestEdition" ADD COLUMN "pool" JSONB NOT NULL DEFAULT '[]';
