// One digest run: for each frequency, pick the papers, render the email once, then claim and send
// each active subscriber's copy, reading subscribers in id-ordered batches.
import { db } from "../db/client";
import { getEnv } from "../db/env";
import { createMailer, SMTP_POOL_CONNECTIONS, type Mailer } from "../mail/transport";
import { SubscriberStatus, type DigestFrequency } from "../generated/prisma/enums";
import { FREQUENCIES } from "../subscriptions/schema";
import { claimDeliveries, markFailed, recordSent } from "./deliveries";
import { recordEdition } from "./editions";
import { digestPapers, toEditionPaper } from "./papers";
import { digestPeriod, type DigestPeriod } from "./period";
import { personalize, renderDigest, type RenderedDigest } from "./render";
import { createSlots } from "./slots";

export interface DigestCounts {
  sent: number;
  /** Subscribers whose digest this run left alone: already sent, or being sent by another run. */
  skipped: number;
  failed: number;
}

export interface DigestSummary extends DigestCounts {
  /** "2026-06-23 / 2026-W26": the day of the daily digest and the week of the weekly one. */
  period: string;
  /** Papers in the digest (the weekly list, which includes every paper of the daily one). */
  papers: number;
}

export interface RunDigestOptions {
  now?: Date;
  log?: (line: string) => void;
  /** Subscribers read (and claimed) per query. */
  batchSize?: number;
}

const BATCH_SIZE = 500;
// Enough messages in flight to keep every pooled connection busy.
const SENDS_IN_FLIGHT = SMTP_POOL_CONNECTIONS * 2;

async function* activeSubscribers(frequency: DigestFrequency, batchSize: number) {
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.subscriber.findMany({
      where: { status: SubscriberStatus.active, frequency, ...(cursor && { id: { gt: cursor } }) },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, email: true },
    });
    if (batch.length === 0) return;
    yield batch;
    cursor = batch[batch.length - 1].id;
  }
}

interface RunContext {
  mailer: Mailer;
  log: (line: string) => void;
  batchSize: number;
}

async function sendToAll(period: DigestPeriod, digest: RenderedDigest, { mailer, log, batchSize }: RunContext): Promise<DigestCounts> {
  const counts: DigestCounts = { sent: 0, skipped: 0, failed: 0 };
  const slots = createSlots(SENDS_IN_FLIGHT);
  const sent = recordSent(period.key);
  for await (const batch of activeSubscribers(period.frequency, batchSize)) {
    const claimed = await claimDeliveries(period.key, batch.map((subscriber) => subscriber.id));
    counts.skipped += batch.length - claimed.size;
    for (const subscriber of batch) {
      if (!claimed.has(subscriber.id)) continue;
      await slots.start(async () => {
        try {
          await mailer.sendRaw(personalize(digest, subscriber));
        } catch (error) {
          counts.failed += 1;
          await markFailed(period.key, subscriber.id, error);
          return;
        }
        // Outside the try: a sent message must never be recorded as failed and sent again.
        counts.sent += 1;
        await sent.add(subscriber.id);
      });
    }
    log(`${period.key}: ${claimed.size} of ${batch.length} subscribers claimed; ${counts.sent} sent so far`);
  }
  await slots.drain();
  await sent.flush();
  return counts;
}

async function runPeriod(period: DigestPeriod, context: RunContext): Promise<DigestCounts & { papers: number }> {
  const { log } = context;
  const { APP_URL, MAIL_FROM } = getEnv();
  const run = await db.digestRun.create({ data: { period: period.key }, select: { id: true } });
  const papers = await digestPapers(period);
  if (papers.length === 0) {
    const note = `No paper was new or upvoted since ${period.since.toISOString()}, so nothing was sent.`;
    await db.digestRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), note } });
    log(`${period.key}: ${note}`);
    return { papers: 0, sent: 0, skipped: 0, failed: 0 };
  }
  const edition = await recordEdition(period, papers.map(toEditionPaper));
  log(`${period.key}: ${edition.papers.length} papers, sending…`);
  const digest = await renderDigest(period, edition, { appUrl: APP_URL, from: MAIL_FROM });
  const counts = await sendToAll(period, digest, context);
  await db.digestRun.update({
    where: { id: run.id },
    data: { finishedAt: new Date(), papers: edition.papers.length, editionId: edition.id, ...counts },
  });
  log(`${period.key}: done, ${counts.sent} sent, ${counts.skipped} skipped, ${counts.failed} failed`);
  return { papers: edition.papers.length, ...counts };
}

/** Sends the daily and the weekly digest of the period that contains `now`, each at most once. */
export async function runDigest({ now = new Date(), log = () => {}, batchSize = BATCH_SIZE }: RunDigestOptions = {}): Promise<DigestSummary> {
  const mailer = createMailer({ pool: true });
  const context = { mailer, log, batchSize };
  try {
    const periods = FREQUENCIES.map((frequency) => digestPeriod(frequency, now));
    const results = [];
    for (const period of periods) results.push(await runPeriod(period, context));
    return {
      period: periods.map((period) => period.name).join(" / "),
      papers: Math.max(...results.map((result) => result.papers)),
      sent: results.reduce((sum, result) => sum + result.sent, 0),
      skipped: results.reduce((sum, result) => sum + result.skipped, 0),
      failed: results.reduce((sum, result) => sum + result.failed, 0),
    };
  } finally {
    mailer.close();
  }
}
