// Bounces against the loopback SMTP server, told to refuse given recipients with given codes: a
// permanent refusal (5xx) is a hard bounce, never retried, and two in a row suspend the address
// until its reader resumes it; a temporary one (4xx) is retried by later runs, then given up.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { MAX_DELIVERY_ATTEMPTS } from "@/lib/digest/deliveries";
import { runDigest } from "@/lib/digest/run";
import { resumeSubscription, subscribe } from "@/lib/subscriptions/subscriptions";
import { settleAfterTasks } from "../setup/after-response";
import { createPaper, createSubscribers } from "../factories";

const smtp = await vi.hoisted(async () => (await import("../support/smtp-server")).useSmtpServer());

const DAYS = ["2026-07-01", "2026-07-02", "2026-07-03", "2026-07-04"];

/** A digest run on the morning of the day, with a paper of that day to send. */
async function runOn(day: string) {
  await createPaper({ id: `paper-${day}`, feedDate: day, upvotes: 2 });
  return runDigest({ now: new Date(`${day}T07:00:00Z`) });
}

const subscriber = (email: string) => db.subscriber.findUniqueOrThrow({ where: { email } });
const delivery = async (email: string, day: string) =>
  db.delivery.findUniqueOrThrow({
    where: { subscriberId_period: { subscriberId: (await subscriber(email)).id, period: `daily:${day}` } },
  });

describe("bounces", () => {
  it("two hard bounces in a row suspend the address; one that went through in between starts the count again; resuming sends again", async () => {
    await createSubscribers([
      { email: "gone@example.com" },
      { email: "flaky@example.com" },
      { email: "fine@example.com" },
    ]);
    smtp.refused.set("gone@example.com", 550);
    smtp.refused.set("flaky@example.com", 550);

    expect(await runOn(DAYS[0])).toMatchObject({ sent: 1, failed: 2 });
    expect(await delivery("gone@example.com", DAYS[0])).toMatchObject({
      status: "bounced",
      error: expect.stringMatching(/550/),
    });
    expect(await subscriber("gone@example.com")).toMatchObject({ status: "active", hardBounces: 1 });
    // A hard bounce is not retried within its period.
    expect(await runDigest({ now: new Date(`${DAYS[0]}T09:00:00Z`) })).toMatchObject({
      sent: 0,
      failed: 0,
      skipped: 3,
    });
    expect(await delivery("gone@example.com", DAYS[0])).toMatchObject({ status: "bounced", attempts: 1 });

    smtp.refused.delete("flaky@example.com");
    expect(await runOn(DAYS[1])).toMatchObject({ sent: 2, failed: 1 });
    expect(await subscriber("gone@example.com")).toMatchObject({
      status: "suspended",
      hardBounces: 2,
      suspendedAt: expect.any(Date),
    });
    expect(await subscriber("flaky@example.com")).toMatchObject({ status: "active", hardBounces: 0 });

    smtp.refused.set("flaky@example.com", 550);
    expect(await runOn(DAYS[2])).toMatchObject({ sent: 1, failed: 1 });
    // A suspended address is not even tried; the flaky one bounced once since its last delivery.
    expect(
      await db.delivery.count({ where: { subscriber: { email: "gone@example.com" }, period: `daily:${DAYS[2]}` } }),
    ).toBe(0);
    expect(await subscriber("flaky@example.com")).toMatchObject({ status: "active", hardBounces: 1 });

    smtp.refused.clear();
    expect(await resumeSubscription((await subscriber("fine@example.com")).id)).toBe(false);
    expect(await resumeSubscription((await subscriber("gone@example.com")).id)).toBe(true);
    expect(await subscriber("gone@example.com")).toMatchObject({ status: "active", hardBounces: 0, suspendedAt: null });
    const before = smtp.countFor("gone@example.com");
    expect(await runOn(DAYS[3])).toMatchObject({ sent: 3, failed: 0 });
    expect(smtp.countFor("gone@example.com")).toBe(before + 1);
  });

  it("a suspended address that subscribes again goes through the opt-in and starts with no bounces", async () => {
    await createSubscribers([
      { email: "back@example.com", status: "suspended", hardBounces: 2, suspendedAt: new Date() },
    ]);
    expect((await subscribe({ email: "back@example.com", frequency: "weekly" }, "203.0.113.9")).ok).toBe(true);
    await settleAfterTasks();
    expect(smtp.countFor("back@example.com")).toBe(1);
    expect(await subscriber("back@example.com")).toMatchObject({
      status: "pending",
      frequency: "weekly",
      hardBounces: 0,
      suspendedAt: null,
    });
  });

  it(`a temporary refusal is retried by later runs, then given up after ${MAX_DELIVERY_ATTEMPTS} attempts`, async () => {
    await createSubscribers([{ email: "full@example.com" }]);
    smtp.refused.set("full@example.com", 452);
    await runOn(DAYS[0]);
    for (let attempt = 2; attempt <= MAX_DELIVERY_ATTEMPTS; attempt += 1) {
      expect(await delivery("full@example.com", DAYS[0])).toMatchObject({ status: "failed", attempts: attempt - 1 });
      expect(
        await runDigest({ now: new Date(`${DAYS[0]}T${String(7 + attempt).padStart(2, "0")}:00:00Z`) }),
      ).toMatchObject({ failed: 1 });
    }
    expect(await delivery("full@example.com", DAYS[0])).toMatchObject({
      status: "abandoned",
      attempts: MAX_DELIVERY_ATTEMPTS,
      error: expect.stringMatching(/452/),
    });
    expect(await runDigest({ now: new Date(`${DAYS[0]}T12:00:00Z`) })).toMatchObject({
      sent: 0,
      failed: 0,
      skipped: 1,
    });
    // Temporary refusals never suspend: the next day's digest is tried, and goes through.
    expect(await subscriber("full@example.com")).toMatchObject({ status: "active", hardBounces: 0 });
    smtp.refused.clear();
    expect(await runOn(DAYS[1])).toMatchObject({ sent: 1, failed: 0 });
    expect(smtp.countFor("full@example.com")).toBe(1);
  });
});
