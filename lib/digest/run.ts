// One digest run: for each frequency, pick the papers, render the email once, then claim and send
// each active subscriber's copy, reading subscribers in id-ordered batches. The email is rendered
// when the first copy is claimed: a rerun that finds every copy sent never loads React.
import { db } from "../db/client";
import { getEnv } from "../db/env";
import { createMailer, SMTP_POOL_CONNECTIONS, type Mailer } from "../mail/transport";
import { SubscriberStatus, type DigestFrequency } from "../generated/prisma/enums";
import { purgeExpiredPending } from "../subscriptions/purge";
import { FREQUENCIES } from "../subscriptions/schema";
import {
  CLAIM_LEASE_MS,
  claimDeliveries,
  markFailed,
  recordSent,
  renewLeases,
  type Claimant,
  type SentRecorder,
} from "./deliveries";
import { periodEdition } from "./editions";
import { digestPapers, toEditionPaper } from "./papers";
import { digestPeriod, type DigestPeriod } from "./period";
import type { RawMessage } from "../mail/bulk";
import type { RenderedDigest } from "./render";
import { createSlots, type Slots } from "./slots";

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
  /** Subscribers read per query. */
  batchSize?: number;
  /** How long a claim lasts unrenewed before another run may take it over (tests shorten it). */
  leaseMs?: number;
}

const BATCH_SIZE = 500;
// Enough messages in flight to keep every pooled connection busy.
const SENDS_IN_FLIGHT = SMTP_POOL_CONNECTIONS * 2;
// Claimed per statement, just before they are sent: a claim never waits behind more than a few
// rounds of sends, and what this run has not claimed yet a concurrent run may send instead.
const CLAIM_BATCH_SIZE = SENDS_IN_FLIGHT;

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
  leaseMs: number;
}

/** The subscriber's copy of the digest. */
type CopyFor = (subscriber: { id: string; email: string }) => RawMessage;

interface Sending {
  period: DigestPeriod;
  render: () => Promise<CopyFor>;
  claimant: Claimant;
  counts: DigestCounts;
  slots: Slots;
  sent: SentRecorder;
}

/** Reads the subscribers in batches, claims each small group just before sending it, and starts the sends. */
async function claimAndStart(
  { period, render, claimant, counts, slots, sent }: Sending,
  { mailer, log, batchSize }: RunContext,
): Promise<void> {
  for await (const batch of activeSubscribers(period.frequency, batchSize)) {
    let claimedInBatch = 0;
    for (let start = 0; start < batch.length; start += CLAIM_BATCH_SIZE) {
      const group = batch.slice(start, start + CLAIM_BATCH_SIZE);
      const claimed = await claimDeliveries(
        period.key,
        group.map((subscriber) => subscriber.id),
        claimant,
      );
      counts.skipped += group.length - claimed.size;
      claimedInBatch += claimed.size;
      const copyFor = claimed.size > 0 ? await render() : null;
      for (const subscriber of group) {
        if (!copyFor || !claimed.has(subscriber.id)) continue;
        await slots.start(async () => {
          try {
            await mailer.sendRaw(copyFor(subscriber));
          } catch (error) {
            counts.failed += 1;
            await markFailed(period.key, subscriber.id, claimant.runId, error);
            return;
          }
          // Outside the try: a sent message must never be recorded as failed and sent again.
          counts.sent += 1;
          await sent.add(subscriber.id);
        });
      }
    }
    log(`${period.key}: ${claimedInBatch} of ${batch.length} subscribers claimed; ${counts.sent} sent so far`);
  }
}

async function sendToAll(
  period: DigestPeriod,
  render: () => Promise<CopyFor>,
  claimant: Claimant,
  context: RunContext,
): Promise<DigestCounts> {
  const sending: Sending = {
    period,
    render,
    claimant,
    counts: { sent: 0, skipped: 0, failed: 0 },
    slots: createSlots(SENDS_IN_FLIGHT),
    sent: recordSent(period.key, claimant.runId),
  };
  try {
    await claimAndStart(sending, context);
    await sending.slots.drain();
  } finally {
    // Whatever stopped the run, what it did send is recorded, so that no other run sends it again.
    await Promise.allSettled([sending.slots.drain()]);
    await sending.sent.flush();
  }
  return sending.counts;
}

/** Renews the run's leases every third of a lease until the returned function is called. */
function keepLeases(runId: number, leaseMs: number): () => void {
  const timer = setInterval(() => {
    renewLeases(runId).catch((error: unknown) =>
      console.error(`Could not renew the leases of digest run ${runId}:`, error),
    );
  }, leaseMs / 3);
  return () => clearInterval(timer);
}

async function runPeriod(period: DigestPeriod, context: RunContext): Promise<DigestCounts & { papers: number }> {
  const { log } = context;
  const { APP_URL, MAIL_FROM } = getEnv();
  const run = await db.digestRun.create({ data: { period: period.key }, select: { id: true } });
  const edition = await periodEdition(period, async () => (await digestPapers(period)).map(toEditionPaper));
  if (!edition) {
    const note = `No paper was new or upvoted since ${period.since.toISOString()}, so nothing was sent.`;
    await db.digestRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), note } });
    log(`${period.key}: ${note}`);
    return { papers: 0, sent: 0, skipped: 0, failed: 0 };
  }
  log(`${period.key}: ${edition.papers.length} papers, sending…`);
  // React Email and the templates load only when something is to be sent: a rerun that sends
  // nothing stays small.
  let rendered: Promise<CopyFor> | undefined;
  const render = () =>
    (rendered ??= import("./render").then(async ({ personalize, renderDigest }) => {
      const digest: RenderedDigest = await renderDigest(period, edition, { appUrl: APP_URL, from: MAIL_FROM });
      return (subscriber) => personalize(digest, subscriber);
    }));
  const stopRenewing = keepLeases(run.id, context.leaseMs);
  let counts: DigestCounts;
  try {
    counts = await sendToAll(period, render, { runId: run.id, leaseMs: context.leaseMs }, context);
  } finally {
    stopRenewing();
  }
  await db.digestRun.update({
    where: { id: run.id },
    data: { finishedAt: new Date(), papers: edition.papers.length, editionId: edition.id, ...counts },
  });
  log(`${period.key}: done, ${counts.sent} sent, ${counts.skipped} skipped, ${counts.failed} failed`);
  return { papers: edition.papers.length, ...counts };
}

/** Sends the daily and the weekly digest of the period that contains `now`, each at most once. */
export async function runDigest({
  now = new Date(),
  log = () => {},
  batchSize = BATCH_SIZE,
  leaseMs = CLAIM_LEASE_MS,
}: RunDigestOptions = {}): Promise<DigestSummary> {
  // On the wall clock, like the leases: a run told to act as of another moment still purges what has expired now.
  const purged = await purgeExpiredPending();
  if (purged > 0) log(`Deleted ${purged} pending subscriptions whose confirmation link had expired`);
  const mailer = createMailer({ pool: true });
  const context = { mailer, log, batchSize, leaseMs };
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
