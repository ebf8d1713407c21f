// Exactly once, whatever happens: refused recipients, a mail server that is down, concurrent
// runs and a run that died mid-send. Each subscriber ends up with one digest in total.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { today } from "@/lib/papers/dates";
import { CLAIM_LEASE_MS, markFailed, recordSent } from "@/lib/digest/deliveries";
import { runDigest } from "@/lib/digest/run";
import { createDelivery, createPaper, createSubscribers } from "../factories";
import { cron } from "../support/digest";

const smtp = await vi.hoisted(async () => (await import("../support/smtp-server")).useSmtpServer());

const PERIOD = `daily:${today()}`;

async function activeSubscribers(count: number): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, i) => `reader${i}@example.com`);
  await createSubscribers(emails.map((email) => ({ email })));
  return emails;
}

function expectEachOnce(emails: string[]) {
  for (const email of emails) expect(smtp.countFor(email), email).toBe(1);
}

async function deliveryOf(email: string) {
  return db.delivery.findFirstOrThrow({ where: { period: PERIOD, subscriber: { email } } });
}

describe("exactly-once delivery", () => {
  it("records temporarily refused recipients as failed with the error, and a rerun delivers only those", async () => {
    await createPaper({ feedDate: today(), upvotes: 3 });
    const emails = await activeSubscribers(4);
    smtp.received.length = 0;
    smtp.refused.set("reader1@example.com", 450);

    expect(await runDigest()).toMatchObject({ sent: 3, failed: 1, skipped: 0 });
    const failed = await deliveryOf("reader1@example.com");
    expect(failed).toMatchObject({ status: "failed", attempts: 1 });
    expect(failed.error).toMatch(/450|busy/);
    expect(smtp.countFor("reader1@example.com")).toBe(0);

    smtp.refused.clear();
    expect(await runDigest()).toMatchObject({ sent: 1, failed: 0, skipped: 3 });
    expect(await deliveryOf("reader1@example.com")).toMatchObject({ status: "sent", attempts: 2, error: null });
    expectEachOnce(emails);
  });

  it("fails every delivery while the mail server is down, and sends each once when it is back", async () => {
    await createPaper({ feedDate: today(), upvotes: 3 });
    const emails = await activeSubscribers(5);
    smtp.received.length = 0;
    await smtp.stop();
    try {
      expect(await runDigest()).toMatchObject({ sent: 0, failed: 5 });
      expect(await db.delivery.count({ where: { status: "failed", error: { contains: "ECONNREFUSED" } } })).toBe(5);
    } finally {
      await smtp.restart();
    }
    expect(smtp.received).toHaveLength(0);
    expect(await runDigest()).toMatchObject({ sent: 5, failed: 0 });
    expect(await runDigest()).toMatchObject({ sent: 0, failed: 0, skipped: 5 });
    expectEachOnce(emails);
  });

  it("two cron requests at the same moment send each message once", async () => {
    await createPaper({ feedDate: today(), upvotes: 3 });
    const emails = await activeSubscribers(30);
    smtp.received.length = 0;
    const [first, second] = await Promise.all([cron(), cron()]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(first.body.sent + second.body.sent).toBe(30);
    expect(first.body.skipped + second.body.skipped).toBe(30);
    expect(smtp.received).toHaveLength(30);
    expectEachOnce(emails);
    // Only the periods of readers whose hour has come: these are all daily.
    expect(first.body.period).toBe(today());
  });

  it("takes over the claims of a run that died mid-send, but not those of a live one", async () => {
    await createPaper({ feedDate: today(), upvotes: 3 });
    const [crashed, live] = await activeSubscribers(2);
    smtp.received.length = 0;
    for (const [email, age] of [
      [crashed, CLAIM_LEASE_MS + 60_000],
      [live, 60_000],
    ] as const) {
      const { id } = await db.subscriber.findUniqueOrThrow({ where: { email } });
      await createDelivery({ subscriberId: id, period: PERIOD, claimedAt: new Date(Date.now() - age) });
    }
    expect(await runDigest()).toMatchObject({ sent: 1, skipped: 1, failed: 0 });
    expect(smtp.countFor(crashed)).toBe(1);
    expect(smtp.countFor(live)).toBe(0);
    expect(await deliveryOf(crashed)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("sends each message once when the mail server takes longer than the lease per message and a second run starts meanwhile", async () => {
    await createPaper({ feedDate: today(), upvotes: 3 });
    const emails = await activeSubscribers(24);
    smtp.received.length = 0;
    const leaseMs = 300;
    smtp.delayMs = 2 * leaseMs;
    try {
      const first = runDigest({ leaseMs });
      // Well past the first run's first lease: without renewal its claims would look abandoned.
      await new Promise((resolve) => setTimeout(resolve, 3 * leaseMs));
      const second = runDigest({ leaseMs });
      const [a, b] = await Promise.all([first, second]);
      expect(a.sent + b.sent).toBe(24);
      expect(a.failed + b.failed).toBe(0);
      // The second run found work the first had not claimed yet: claims are taken just before sending.
      expect(b.sent).toBeGreaterThan(0);
    } finally {
      smtp.delayMs = 0;
    }
    expectEachOnce(emails);
    expect(await db.delivery.count({ where: { period: PERIOD, status: "sent" } })).toBe(24);
  });

  it("records nothing for a claim another run has taken over: sent and failed need the run's id", async () => {
    await createPaper({ feedDate: today(), upvotes: 3 });
    const [email] = await activeSubscribers(1);
    const { id } = await db.subscriber.findUniqueOrThrow({ where: { email } });
    const [lost, holder] = await Promise.all([
      db.digestRun.create({ data: { period: PERIOD } }),
      db.digestRun.create({ data: { period: PERIOD } }),
    ]);
    await db.delivery.create({ data: { subscriberId: id, period: PERIOD, status: "claimed", runId: holder.id } });
    await markFailed(PERIOD, id, lost.id, new Error("late failure of the run that lost the claim"));
    const recorder = recordSent(PERIOD, lost.id);
    await recorder.add(id, []);
    await recorder.flush();
    expect(await deliveryOf(email)).toMatchObject({ status: "claimed", runId: holder.id, error: null, sentAt: null });
  });

  it("reads subscribers in batches: a list longer than one batch is sent in full, once", async () => {
    await createPaper({ feedDate: today(), upvotes: 3 });
    const emails = await activeSubscribers(23);
    smtp.received.length = 0;
    expect(await runDigest({ batchSize: 5 })).toMatchObject({ sent: 23, failed: 0 });
    expectEachOnce(emails);
  });
});
