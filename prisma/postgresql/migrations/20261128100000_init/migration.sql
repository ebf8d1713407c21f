-- CreateEnum
CREATE TYPE "SubscriberStatus" AS ENUM ('pending', 'active', 'unsubscribed');

-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('daily', 'weekly');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('claimed', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "PaperSource" AS ENUM ('seed', 'hf', 'arxiv', 'submission');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('succeeded', 'failed');

-- CreateTable
CREATE TABLE "Organization" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "avatarUrl" TEXT,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Paper" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "abstract" TEXT NOT NULL,
    "authors" JSONB NOT NULL DEFAULT '[]',
    "authorCount" INTEGER,
    "organizationSlug" TEXT,
    "publishedOn" TEXT,
    "feedDate" TEXT NOT NULL,
    "importedUpvotes" INTEGER NOT NULL DEFAULT 0,
    "upvotes" INTEGER NOT NULL DEFAULT 0,
    "source" "PaperSource" NOT NULL DEFAULT 'seed',
    "affiliations" JSONB NOT NULL DEFAULT '[]',
    "primaryCategory" TEXT,
    "categories" JSONB NOT NULL DEFAULT '[]',
    "publishedAt" TIMESTAMPTZ(3),
    "revisedAt" TIMESTAMPTZ(3),
    "version" INTEGER,
    "doi" TEXT,
    "journalRef" TEXT,
    "comment" TEXT,
    "githubRepo" TEXT,
    "githubStars" INTEGER,
    "projectPage" TEXT,
    "thumbnailUrl" TEXT,
    "importedComments" INTEGER NOT NULL DEFAULT 0,
    "aiSummary" TEXT,
    "aiKeywords" JSONB NOT NULL DEFAULT '[]',
    "submittedBy" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "search" tsvector,

    CONSTRAINT "Paper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaperAlias" (
    "id" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,

    CONSTRAINT "PaperAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Upvote" (
    "paperId" TEXT NOT NULL,
    "voterId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Upvote_pkey" PRIMARY KEY ("paperId","voterId")
);

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "frequency" "DigestFrequency" NOT NULL,
    "status" "SubscriberStatus" NOT NULL DEFAULT 'pending',
    "confirmTokenHash" TEXT,
    "confirmTokenExpiresAt" TIMESTAMPTZ(3),
    "confirmationSentAt" TIMESTAMPTZ(3),
    "confirmedAt" TIMESTAMPTZ(3),
    "unsubscribedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Subscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "id" SERIAL NOT NULL,
    "period" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "papers" INTEGER NOT NULL DEFAULT 0,
    "sent" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,

    CONSTRAINT "DigestRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" SERIAL NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "error" TEXT,
    "claimedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "runId" INTEGER,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" SERIAL NOT NULL,
    "source" "PaperSource" NOT NULL,
    "day" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL,
    "added" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Paper_feedDate_upvotes_id_idx" ON "Paper"("feedDate", "upvotes" DESC, "id");

-- CreateIndex
CREATE INDEX "Paper_organizationSlug_publishedOn_idx" ON "Paper"("organizationSlug", "publishedOn" DESC);

-- CreateIndex
CREATE INDEX "Paper_upvotes_feedDate_id_idx" ON "Paper"("upvotes" DESC, "feedDate" DESC, "id");

-- CreateIndex
CREATE INDEX "Paper_search_idx" ON "Paper" USING GIN ("search");

-- CreateIndex
CREATE INDEX "PaperAlias_paperId_idx" ON "PaperAlias"("paperId");

-- CreateIndex
CREATE INDEX "Upvote_createdAt_paperId_idx" ON "Upvote"("createdAt", "paperId");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_email_key" ON "Subscriber"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_confirmTokenHash_key" ON "Subscriber"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "Subscriber_status_frequency_id_idx" ON "Subscriber"("status", "frequency", "id");

-- CreateIndex
CREATE INDEX "DigestRun_period_startedAt_idx" ON "DigestRun"("period", "startedAt");

-- CreateIndex
CREATE INDEX "Delivery_period_status_idx" ON "Delivery"("period", "status");

-- CreateIndex
CREATE INDEX "Delivery_runId_status_idx" ON "Delivery"("runId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_subscriberId_period_key" ON "Delivery"("subscriberId", "period");

-- CreateIndex
CREATE INDEX "ImportRun_source_status_day_idx" ON "ImportRun"("source", "status", "day");

-- AddForeignKey
ALTER TABLE "Paper" ADD CONSTRAINT "Paper_organizationSlug_fkey" FOREIGN KEY ("organizationSlug") REFERENCES "Organization"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperAlias" ADD CONSTRAINT "PaperAlias_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Upvote" ADD CONSTRAINT "Upvote_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

