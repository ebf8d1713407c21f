// Exactly-once delivery: a subscriber's digest for a period is claimed in the database before it
// is sent, and every claim is one atomic statement, so two runs can never both win it.
import { Prisma } from "../generated/prisma/client";
import { db, dialect } from "../db/client";
import { DeliveryStatus, SubscriberStatus } from "../generated/prisma/enums";

/**
 * A claim whose lease is older than this belongs to a run that died mid-send (a crash, a killed
 * process); the next run may take it over. A live run renews its leases (renewLeases) however
 * slowly the mail server answers, so only a dead run's claims ever grow this old.
 */
export const CLAIM_LEASE_MS = 10 * 60_000;

/** Longest error text kept on a failed delivery. */
const MAX_ERROR_LENGTH = 1000;

/** A run's hold on its claims: its id (the fencing token) and how long a lease lasts. */
export interface Claimant {
  runId: number;
  leaseMs: number;
}

/**
 * Claims the period's delivery for each of these (active) subscribers for the run and returns the
 * ids it won: new claims, plus failed deliveries and stale claims of earlier runs, taken over for
 * a retry. Sent deliveries and live claims of another run are left alone.
 */
export async function claimDeliveries(
  period: string,
  subscriberIds: string[],
  { runId, leaseMs }: Claimant,
): Promise<Set<string>> {
  if (subscriberIds.length === 0) return new Set();
  // Leases run on the wall clock, even when a run is told to act as of another moment.
  const now = new Date();
  const ids = Prisma.join(subscriberIds);
  const staleBefore = new Date(now.getTime() - leaseMs);
  // Each statement is atomic: a row inserted or updated here is returned to this run and to no
  // other. SQLite runs it under its one write lock. On PostgreSQL a second run's INSERT waits for
  // the first's rows and then skips them (ON CONFLICT); its retry pass skips the rows the first
  // run holds (SKIP LOCKED) instead of queueing behind them, and FOR UPDATE checks each row it
  // takes against its newest version, so a claim renewed meanwhile is not taken.
  const inserted = await db.$queryRaw<{ subscriberId: string }[]>`
    INSERT INTO "Delivery" ("subscriberId", "period", "status", "attempts", "claimedAt", "runId")
    SELECT "id", ${period}, ${DeliveryStatus.claimed}, 1, ${now}, ${runId} FROM "Subscriber"
    WHERE "id" IN (${ids}) AND "status" = ${SubscriberStatus.active}
    ON CONFLICT ("subscriberId", "period") DO NOTHING
    RETURNING "subscriberId"`;
  const retriable = Prisma.sql`"period" = ${period}
      AND "subscriberId" IN (SELECT "id" FROM "Subscriber" WHERE "id" IN (${ids}) AND "status" = ${SubscriberStatus.active})
      AND ("status" = ${DeliveryStatus.failed} OR ("status" = ${DeliveryStatus.claimed} AND "claimedAt" < ${staleBefore}))`;
  const taken = {
    sqlite: retriable,
    postgresql: Prisma.sql`"id" IN (SELECT "id" FROM "Delivery" WHERE ${retriable} FOR UPDATE SKIP LOCKED)`,
  }[dialect()];
  const retried = await db.$queryRaw<{ subscriberId: string }[]>`
    UPDATE "Delivery" SET "status" = ${DeliveryStatus.claimed}, "attempts" = "attempts" + 1, "claimedAt" = ${now}, "error" = NULL, "runId" = ${runId}
    WHERE ${taken}
    RETURNING "subscriberId"`;
  return new Set([...inserted, ...retried].map((row) => row.subscriberId));
}

/** Sent deliveries recorded per statement; see recordSent. */
export const SENT_BATCH_SIZE = 100;
/** …or after this long, so that a slow mail server does not keep a batch open for minutes. */
const SENT_BATCH_MAX_AGE_MS = 1000;

/**
 * Moves the run's leases forward. A run calls it every third of a lease while it sends, so that
 * a mail server slower than the lease never lets another run take over (and send again) what
 * this one is still sending.
 */
export async function renewLeases(runId: number): Promise<void> {
  await db.$executeRaw`
    UPDATE "Delivery" SET "claimedAt" = ${new Date()}
    WHERE "runId" = ${runId} AND "status" = ${DeliveryStatus.claimed}`;
}

// Sent and failed are recorded only while the run still holds the claim (its id is the fencing
// token): a run whose claim was taken over writes nothing over the run that holds it now.
async function markSent(period: string, papersSent: Map<string, string[]>, runId: number): Promise<void> {
  if (papersSent.size === 0) return;
  const ids = Prisma.join([...papersSent.keys()]);
  const now = new Date();
  await db.$executeRaw`
    UPDATE "Delivery" SET "status" = ${DeliveryStatus.sent}, "sentAt" = ${now}
    WHERE "period" = ${period} AND "subscriberId" IN (${ids}) AND "runId" = ${runId} AND "status" = ${DeliveryStatus.claimed}`;
  // What each reader was sent, for "never send me a paper twice": the pairs as one JSON parameter,
  // where a row of parameters each would pass SQLite's limit at 20 papers for 100 readers.
  const pairs = JSON.stringify(
    [...papersSent].flatMap(([subscriberId, paperIds]) => paperIds.map((paperId) => [subscriberId, paperId])),
  );
  const rows = {
    // "WHERE true": without it SQLite's parser reads ON CONFLICT as part of the join.
    sqlite: Prisma.sql`SELECT json_extract("value", '$[0]'), json_extract("value", '$[1]'), ${now} FROM json_each(${pairs}) WHERE true`,
    postgresql: Prisma.sql`SELECT "pair"->>0, "pair"->>1, ${now} FROM jsonb_array_elements(${pairs}::jsonb) AS "pair"`,
  }[dialect()];
  await db.$executeRaw`
    INSERT INTO "SentPaper" ("subscriberId", "paperId", "sentAt") ${rows}
    ON CONFLICT ("subscriberId", "paperId") DO NOTHING`;
  // A message that went through ends a run of hard bounces: only bounces in a row suspend.
  await db.$executeRaw`UPDATE "Subscriber" SET "hardBounces" = 0 WHERE "id" IN (${ids}) AND "hardBounces" > 0`;
}

export interface SentRecorder {
  /** The reader was sent these papers. */
  add(subscriberId: string, paperIds: string[]): Promise<void>;
  /** Records what is left; call it when the last send has finished. */
  flush(): Promise<void>;
}

/**
 * Records sent deliveries in batches: one UPDATE per SENT_BATCH_SIZE messages, or per second,
 * whichever comes first, where one per message cost about as much as sending it.
 *
 * The price is paid only by a run that dies mid-send: its sent-but-unrecorded deliveries stay
 * "claimed", and the run that takes them over once their lease lapses sends them again. That is at
 * most SENT_BATCH_SIZE messages plus those in flight (with one UPDATE per message it was those in
 * flight alone): after a crash, delivery is at least once for that window and exactly once for
 * everything else. A run that finishes, whatever its SMTP errors, never sends anything twice.
 */
export function recordSent(period: string, runId: number): SentRecorder {
  let pending = new Map<string, string[]>();
  let openedAt = 0;
  const flush = () => {
    const batch = pending;
    pending = new Map();
    return markSent(period, batch, runId);
  };
  return {
    async add(subscriberId, paperIds) {
      if (pending.size === 0) openedAt = Date.now();
      pending.set(subscriberId, paperIds);
      if (pending.size >= SENT_BATCH_SIZE || Date.now() - openedAt >= SENT_BATCH_MAX_AGE_MS) await flush();
    },
    flush,
  };
}

/** Attempts at one period's delivery before a temporary failure is given up (status "abandoned"). */
export const MAX_DELIVERY_ATTEMPTS = 3;
/** Hard bounces in a row that suspend an address. */
export const HARD_BOUNCES_TO_SUSPEND = 2;

/** The SMTP reply code of a refusal (nodemailer's responseCode), or null when the server was not reached. */
function replyCode(error: unknown): number | null {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" ? code : null;
}

/**
 * Records a send that did not go through, while the run still holds the claim. A permanent refusal
 * (5xx) is a hard bounce: not retried, and the second in a row suspends the address. Anything else
 * (4xx, a server down) is retried by later runs of the period, up to MAX_DELIVERY_ATTEMPTS.
 */
export async function markFailed(period: string, subscriberId: string, runId: number, error: unknown): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
  const code = replyCode(error);
  if (code !== null && code >= 500 && code < 600) {
    await db.$transaction(async (tx) => {
      const bounced = await tx.$executeRaw`
        UPDATE "Delivery" SET "status" = ${DeliveryStatus.bounced}, "error" = ${message}
        WHERE "period" = ${period} AND "subscriberId" = ${subscriberId} AND "runId" = ${runId} AND "status" = ${DeliveryStatus.claimed}`;
      if (bounced === 0) return;
      const now = new Date();
      await tx.$executeRaw`
        UPDATE "Subscriber" SET "hardBounces" = "hardBounces" + 1,
          "status" = CASE WHEN "hardBounces" + 1 >= ${HARD_BOUNCES_TO_SUSPEND} AND "status" = ${SubscriberStatus.active} THEN ${SubscriberStatus.suspended} ELSE "status" END,
          "suspendedAt" = CASE WHEN "hardBounces" + 1 >= ${HARD_BOUNCES_TO_SUSPEND} AND "status" = ${SubscriberStatus.active} THEN ${now} ELSE "suspendedAt" END,
          "updatedAt" = ${now}
        WHERE "id" = ${subscriberId}`;
    });
    return;
  }
  await db.$executeRaw`
    UPDATE "Delivery"
    SET "status" = CASE WHEN "attempts" >= ${MAX_DELIVERY_ATTEMPTS} THEN ${DeliveryStatus.abandoned} ELSE ${DeliveryStatus.failed}${deliveryStatusType()} END, "error" = ${message}
    WHERE "period" = ${period} AND "subscriberId" = ${subscriberId} AND "runId" = ${runId} AND "status" = ${DeliveryStatus.claimed}`;
}

/**
 * PostgreSQL types a CASE of two parameters as text, which it will not write into the enum column
 * "status": the cast names the type. SQLite's column is text and needs none.
 */
function deliveryStatusType(): Prisma.Sql {
  return { sqlite: Prisma.empty, postgresql: Prisma.raw(`::"DeliveryStatus"`) }[dialect()];
}

/** Records, while the run holds their claims, that these readers' filters left nothing to send. */
export async function markEmpty(period: string, subscriberIds: string[], runId: number): Promise<void> {
  if (subscriberIds.length === 0) return;
  await db.$executeRaw`
    UPDATE "Delivery" SET "status" = ${DeliveryStatus.empty}
    WHERE "period" = ${period} AND "subscriberId" IN (${Prisma.join(subscriberIds)}) AND "runId" = ${runId} AND "status" = ${DeliveryStatus.claimed}`;
}

/** Which of `paperIds` each of these readers was sent before. */
export async function sentBefore(subscriberIds: string[], paperIds: string[]): Promise<Map<string, Set<string>>> {
  const sent = new Map<string, Set<string>>();
  if (subscriberIds.length === 0 || paperIds.length === 0) return sent;
  const rows = await db.$queryRaw<{ subscriberId: string; paperId: string }[]>`
    SELECT "subscriberId", "paperId" FROM "SentPaper"
    WHERE "subscriberId" IN (${Prisma.join(subscriberIds)}) AND "paperId" IN (${Prisma.join(paperIds)})`;
  for (const { subscriberId, paperId } of rows) {
    const papers = sent.get(subscriberId) ?? new Set<string>();
    papers.add(paperId);
    sent.set(subscriberId, papers);
  }
  return sent;
}

/**
 * How long "never send me a paper twice" remembers a paper sent. A paper can come back only when
 * fresh upvotes put it among a later period's candidates, which the trending half-life makes rare
 * after weeks; past this, remembering it costs a row per reader and paper (a million a day at
 * 100,000 readers) for nothing most readers would notice.
 */
export const SENT_PAPERS_KEPT_DAYS = 90;

/** Forgets the papers sent more than SENT_PAPERS_KEPT_DAYS before `now`; returns how many rows went. */
export async function pruneSentPapers(now: Date): Promise<number> {
  const before = new Date(now.getTime() - SENT_PAPERS_KEPT_DAYS * 24 * 3_600_000);
  const { count } = await db.sentPaper.deleteMany({ where: { sentAt: { lt: before } } });
  return count;
}
