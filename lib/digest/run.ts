// One digest run. The cron may call it every hour: for each frequency it finds the time zones and
// sending hours of the active readers, and sends to each group whose local hour has come the
// period (local day or ISO week) it is in, at most once. Per period: the edition fixes the ranked
// candidates; readers are read in id-ordered batches; each small group is claimed just before it
// is sent, its lists picked by each reader's preferences, and readers with the same list share one
// rendered email. Nothing is rendered, and React is not even loaded, until a copy is to be sent.
import { db } from "../db/client";
import { getEnv } from "../db/env";
import { createMailer, SMTP_POOL_CONNECTIONS, type Mailer } from "../mail/transport";
import { DeliveryStatus, SubscriberStatus, type DigestFrequency } from "../generated/prisma/enums";
import { purgeExpiredPending } from "../subscriptions/purge";
import { FREQUENCIES } from "../subscriptions/schema";
import { readList, readTopics } from "../subscriptions/preferences";
import type { Day } from "../papers/dates";
import {
  CLAIM_LEASE_MS,
  claimDeliveries,
  markEmpty,
  markFailed,
  pruneSentPapers,
  recordSent,
  renewLeases,
  SENT_PAPERS_KEPT_DAYS,
  sentBefore,
  type Claimant,
  type SentRecorder,
} from "./deliveries";
import { periodEdition, type Edition } from "./editions";
import { keywordMatcher } from "./keyword-matches";
import { localPeriodName, localTime } from "./local-time";
import { CANDIDATES, digestPapers, toEditionPaper } from "./papers";
import { digestPeriod, type DigestPeriod } from "./period";
import type { RawMessage } from "../mail/bulk";
import { createSelector, type ReaderFilter, type Selector } from "./selection";
import { createSlots, type Slots } from "./slots";

export interface DigestCounts {
  sent: number;
  /** Subscribers whose digest this run left alone: already sent, or being sent by another run. */
  skipped: number;
  failed: number;
  /** Readers whose filters left no paper of the period: sent nothing, recorded as such. */
  empty: number;
}

export interface DigestSummary extends DigestCounts {
  /** The periods this run sent, e.g. "2026-06-23 / 2026-W26"; empty when no reader's hour had come. */
  period: string;
  /** Papers in the largest edition sent. */
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
// Rendered emails kept for reuse: readers with the same list arrive in any order. Most share a
// handful of lists, and the bench's mix of topics, mutes and sizes makes a few hundred; each kept
// list holds its composed parts (~50 kB). Past this many, the least recently used is rendered
// again when it comes back: at 64 the bench's readers re-rendered tens of thousands of times.
const RENDERED_KEPT = 1000;

/** Readers of one time zone and sending hour whose hour has come: their local day now. */
interface DueGroup {
  timeZone: string;
  sendHour: number;
  day: Day;
}

interface Reader extends ReaderFilter {
  id: string;
  email: string;
  neverRepeat: boolean;
}

/** The groups of the frequency's active readers whose hour has come at `now`, by local period name. */
async function dueGroups(frequency: DigestFrequency, now: Date): Promise<Map<string, DueGroup[]>> {
  const groups = await db.subscriber.groupBy({
    by: ["timeZone", "sendHour"],
    where: { status: SubscriberStatus.active, frequency },
    orderBy: [{ timeZone: "asc" }, { sendHour: "asc" }],
  });
  const byPeriod = new Map<string, DueGroup[]>();
  for (const { timeZone, sendHour } of groups) {
    const local = localTime(now, timeZone);
    if (local.hour < sendHour) continue;
    const name = localPeriodName(frequency, local.day);
    byPeriod.set(name, [...(byPeriod.get(name) ?? []), { timeZone, sendHour, day: local.day }]);
  }
  return byPeriod;
}

// A delivery in one of these states is never claimed again: its reader is done for the period.
const FINAL_STATUSES = [DeliveryStatus.sent, DeliveryStatus.empty, DeliveryStatus.bounced, DeliveryStatus.abandoned];

/** The group's readers who may get the period's digest (active, not paused), whether done or not. */
function groupReaders(frequency: DigestFrequency, { timeZone, sendHour, day }: DueGroup) {
  return {
    status: SubscriberStatus.active,
    frequency,
    timeZone,
    sendHour,
    OR: [{ pausedUntil: null }, { pausedUntil: { lte: day } }],
  };
}

/** How many of the groups' readers are done for the period: a rerun counts them skipped without reading them. */
async function doneReaders(period: DigestPeriod, groups: DueGroup[]): Promise<number> {
  let done = 0;
  for (const group of groups) {
    done += await db.subscriber.count({
      where: {
        ...groupReaders(period.frequency, group),
        deliveries: { some: { period: period.key, status: { in: FINAL_STATUSES } } },
      },
    });
  }
  return done;
}

/**
 * The groups' readers not yet done for the period, in batches. Those done are left in the
 * database: a rerun after a complete run reads, renders and claims nothing.
 */
async function* dueReaders(period: DigestPeriod, groups: DueGroup[], batchSize: number) {
  for (const group of groups) {
    let cursor: string | undefined;
    for (;;) {
      const batch = await db.subscriber.findMany({
        where: {
          ...groupReaders(period.frequency, group),
          deliveries: { none: { period: period.key, status: { in: FINAL_STATUSES } } },
          ...(cursor && { id: { gt: cursor } }),
        },
        orderBy: { id: "asc" },
        take: batchSize,
        select: { id: true, email: true, digestSize: true, topics: true, mutes: true, neverRepeat: true },
      });
      if (batch.length === 0) break;
      yield batch.map((row): Reader => ({ ...row, topics: readTopics(row.topics), mutes: readList(row.mutes) }));
      cursor = batch[batch.length - 1].id;
    }
  }
}

interface RunContext {
  mailer: Mailer;
  log: (line: string) => void;
  batchSize: number;
  leaseMs: number;
}

/** A reader's copy of one list's email. */
type CopyFor = (subscriber: { id: string; email: string }) => RawMessage;

/** The emails of one period, rendered once per list of papers and kept for the next readers of that list. */
function createRenderer(period: DigestPeriod, edition: Edition): (paperIds: string[]) => Promise<CopyFor> {
  const { APP_URL, MAIL_FROM } = getEnv();
  const byId = new Map(edition.pool.map((paper) => [paper.id, paper]));
  const kept = new Map<string, Promise<CopyFor>>();
  return (paperIds) => {
    const key = paperIds.join(" ");
    let copy = kept.get(key);
    if (copy) {
      // Most recently used last: the first key is the one to let go.
      kept.delete(key);
    } else {
      // React Email and the templates load only when something is to be sent: a rerun stays small.
      copy = import("./render").then(async ({ personalize, renderDigest }) => {
        const papers = paperIds.map((id) => byId.get(id)!);
        const digest = await renderDigest(period, edition, papers, { appUrl: APP_URL, from: MAIL_FROM });
        return (subscriber: { id: string; email: string }) => personalize(digest, subscriber);
      });
      if (kept.size >= RENDERED_KEPT) kept.delete(kept.keys().next().value!);
    }
    kept.set(key, copy);
    return copy;
  };
}

interface Sending {
  period: DigestPeriod;
  edition: Edition;
  claimant: Claimant;
  counts: DigestCounts;
  slots: Slots;
  sent: SentRecorder;
  groups: DueGroup[];
}

/** Reads the due readers in batches, claims each small group just before sending it, and starts the sends. */
async function claimAndStart(
  { period, edition, claimant, counts, slots, sent, groups }: Sending,
  { mailer, log, batchSize }: RunContext,
): Promise<void> {
  const candidates = edition.pool.map((paper) => paper.id);
  let selector: Promise<Selector> | undefined;
  const render = createRenderer(period, edition);
  counts.skipped += await doneReaders(period, groups);
  for await (const batch of dueReaders(period, groups, batchSize)) {
    let claimedInBatch = 0;
    for (let start = 0; start < batch.length; start += CLAIM_BATCH_SIZE) {
      const group = batch.slice(start, start + CLAIM_BATCH_SIZE);
      const claimed = await claimDeliveries(
        period.key,
        group.map((reader) => reader.id),
        claimant,
      );
      counts.skipped += group.length - claimed.size;
      claimedInBatch += claimed.size;
      if (claimed.size === 0) continue;
      const readers = group.filter((reader) => claimed.has(reader.id));
      const select = await (selector ??= createSelector(candidates, keywordMatcher(candidates)));
      await select.prepare(readers);
      const history = await sentBefore(
        readers.filter((reader) => reader.neverRepeat).map((reader) => reader.id),
        candidates,
      );
      const empty: string[] = [];
      for (const reader of readers) {
        const paperIds = select.select(reader, history.get(reader.id) ?? new Set());
        if (paperIds.length === 0) {
          empty.push(reader.id);
          continue;
        }
        const copyFor = await render(paperIds);
        await slots.start(async () => {
          try {
            await mailer.sendRaw(copyFor(reader));
          } catch (error) {
            counts.failed += 1;
            await markFailed(period.key, reader.id, claimant.runId, error);
            return;
          }
          // Outside the try: a sent message must never be recorded as failed and sent again.
          counts.sent += 1;
          await sent.add(reader.id, paperIds);
        });
      }
      counts.empty += empty.length;
      await markEmpty(period.key, empty, claimant.runId);
    }
    log(`${period.key}: ${claimedInBatch} of ${batch.length} subscribers claimed; ${counts.sent} sent so far`);
  }
}

async function sendToAll(
  period: DigestPeriod,
  edition: Edition,
  groups: DueGroup[],
  claimant: Claimant,
  context: RunContext,
): Promise<DigestCounts> {
  const sending: Sending = {
    period,
    edition,
    claimant,
    groups,
    counts: { sent: 0, skipped: 0, failed: 0, empty: 0 },
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

const NOTHING: DigestCounts = { sent: 0, skipped: 0, failed: 0, empty: 0 };

async function runPeriod(
  period: DigestPeriod,
  groups: DueGroup[],
  context: RunContext,
): Promise<DigestCounts & { papers: number }> {
  const { log } = context;
  const run = await db.digestRun.create({ data: { period: period.key }, select: { id: true } });
  const edition = await periodEdition(period, async () => (await digestPapers(period, CANDIDATES)).map(toEditionPaper));
  if (!edition) {
    const note = `No paper was new or upvoted since ${period.since.toISOString()}, so nothing was sent.`;
    await db.digestRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), note } });
    log(`${period.key}: ${note}`);
    return { papers: 0, ...NOTHING };
  }
  log(`${period.key}: ${edition.papers.length} papers in the edition, ${edition.pool.length} candidates, sending…`);
  const stopRenewing = keepLeases(run.id, context.leaseMs);
  let counts: DigestCounts;
  try {
    counts = await sendToAll(period, edition, groups, { runId: run.id, leaseMs: context.leaseMs }, context);
  } finally {
    stopRenewing();
  }
  await db.digestRun.update({
    where: { id: run.id },
    data: { finishedAt: new Date(), papers: edition.papers.length, editionId: edition.id, ...counts },
  });
  log(
    `${period.key}: done, ${counts.sent} sent, ${counts.skipped} skipped, ${counts.failed} failed, ${counts.empty} with nothing to send`,
  );
  return { papers: edition.papers.length, ...counts };
}

/** Sends each reader whose hour has come at `now` the daily or weekly digest of their local period, at most once. */
export async function runDigest({
  now = new Date(),
  log = () => {},
  batchSize = BATCH_SIZE,
  leaseMs = CLAIM_LEASE_MS,
}: RunDigestOptions = {}): Promise<DigestSummary> {
  // On the wall clock, like the leases: a run told to act as of another moment still purges what has expired now.
  const purged = await purgeExpiredPending();
  if (purged > 0) log(`Deleted ${purged} pending subscriptions whose confirmation link had expired`);
  // As of the run's moment, like the periods: "never twice" is about the digests' own calendar.
  const forgotten = await pruneSentPapers(now);
  if (forgotten > 0) log(`Forgot ${forgotten} papers sent more than ${SENT_PAPERS_KEPT_DAYS} days ago`);
  const mailer = createMailer({ pool: true });
  const context = { mailer, log, batchSize, leaseMs };
  const names: string[] = [];
  const totals = { papers: 0, ...NOTHING };
  try {
    for (const frequency of FREQUENCIES) {
      for (const [name, groups] of await dueGroups(frequency, now)) {
        const result = await runPeriod(digestPeriod(frequency, now, name), groups, context);
        names.push(name);
        totals.papers = Math.max(totals.papers, result.papers);
        for (const count of ["sent", "skipped", "failed", "empty"] as const) totals[count] += result[count];
      }
    }
    return { period: names.join(" / "), ...totals };
  } finally {
    mailer.close();
  }
}
