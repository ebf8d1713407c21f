-- AlterEnum
ALTER TYPE "SubscriberStatus" ADD VALUE 'suspended';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "DeliveryStatus" ADD VALUE 'bounced';
ALTER TYPE "DeliveryStatus" ADD VALUE 'abandoned';
ALTER TYPE "DeliveryStatus" ADD VALUE 'empty';

-- DropIndex
DROP INDEX "Subscriber_status_frequency_id_idx";

-- AlterTable
ALTER TABLE "Subscriber" ADD COLUMN     "digestSize" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "hardBounces" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mutes" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "neverRepeat" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "pausedUntil" TEXT,
ADD COLUMN     "sendHour" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "suspendedAt" TIMESTAMPTZ(3),
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC',
ADD COLUMN     "topics" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "DigestRun" ADD COLUMN     "editionId" INTEGER,
ADD COLUMN     "empty" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SentPaper" (
    "subscriberId" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SentPaper_pkey" PRIMARY KEY ("subscriberId","paperId")
);

-- CreateTable
CREATE TABLE "DigestEdition" (
    "id" SERIAL NOT NULL,
    "kind" "DigestFrequency" NOT NULL,
    "period" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "papers" JSONB NOT NULL,
    "pool" JSONB NOT NULL DEFAULT '[]',
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestEdition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DigestEdition_sentAt_idx" ON "DigestEdition"("sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "DigestEdition_kind_period_key" ON "DigestEdition"("kind", "period");

-- CreateIndex
CREATE INDEX "Subscriber_status_frequency_timeZone_sendHour_id_idx" ON "Subscriber"("status", "frequency", "timeZone", "sendHour", "id");

-- AddForeignKey
ALTER TABLE "SentPaper" ADD CONSTRAINT "SentPaper_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestRun" ADD CONSTRAINT "DigestRun_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "DigestEdition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

