// The whole journey against a real SMTP server on loopback: subscribe, confirm from the email,
// receive the digest, unsubscribe in one click, receive nothing more.
import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { formatDay, today } from "@/lib/papers/dates";
import { confirmSubscription } from "@/lib/subscriptions/subscriptions";
import { createPaper, createSubscriber, createSubscribers, createUpvotes } from "../factories";
import { confirmationToken, cron, oneClickUnsubscribe, subscribe } from "../support/digest";

const smtp = await vi.hoisted(async () => (await import("../support/smtp-server")).useSmtpServer());

const HOUR = 3_600_000;

/** Twelve papers of today, with upvotes 1…12, a thirteenth of last month, and recent upvotes on one. */
async function papersToSend() {
  const day = today();
  for (let i = 1; i <= 12; i += 1) {
    await createPaper({ id: `2606.000${String(i).padStart(2, "0")}`, title: `Paper ${i}`, feedDate: day, upvotes: i });
  }
  await createPaper({ id: "old-but-popular", title: "Old but popular", feedDate: "2026-01-05", upvotes: 500 });
  // Two fresh votes put paper 3 first: trending counts recent upvotes before total upvotes.
  await createUpvotes(
    ["v1", "v2"].map((voterId) => ({ paperId: "2606.00003", voterId, createdAt: new Date(Date.now() - HOUR) })),
  );
}

describe("the digest, end to end", () => {
  it("subscribe → confirm → digest with both parts and list headers → one-click unsubscribe → nothing more", async () => {
    await papersToSend();

    const answer = await subscribe({ email: "  Ada@Example.COM ", frequency: "daily" });
    expect(answer.status).toBe(202);
    expect(smtp.received).toHaveLength(1);
    const confirmation = smtp.received[0];
    expect(confirmation.to).toEqual(["ada@example.com"]);
    expect(confirmation.parsed.subject).toBe("Confirm your Daily Papers digest");
    const token = confirmationToken(confirmation);
    expect(confirmation.parsed.html).toContain(`/subscribe/confirm?token=${token}`);

    // Stored as a hash only, and pending: a digest run now sends nothing.
    const pending = await db.subscriber.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(pending.status).toBe("pending");
    expect(pending.confirmTokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(pending)).not.toContain(token);
    expect((await cron()).body.sent).toBe(0);
    expect(smtp.received).toHaveLength(1);

    expect(await confirmSubscription(token)).toBe("confirmed");
    // Ada asks for her digest at midnight UTC, so that the run now finds her hour has come at any time of day.
    await db.subscriber.update({ where: { email: "ada@example.com" }, data: { sendHour: 0 } });

    const run = await cron();
    expect(run.status).toBe(200);
    expect(run.body).toEqual({ period: today(), papers: 10, sent: 1, skipped: 0, failed: 0, empty: 0 });
    expect(smtp.received).toHaveLength(2);
    const digest = smtp.received[1];
    expect(digest.to).toEqual(["ada@example.com"]);
    expect(digest.parsed.subject).toBe(`Trending papers · ${formatDay(today())}`);

    // Paper 3 first (recent upvotes), then today's papers by upvotes; never paper 1 or 2, nor the old one.
    const expectedIds = [3, 12, 11, 10, 9, 8, 7, 6, 5, 4].map((i) => `2606.000${String(i).padStart(2, "0")}`);
    const paperLinks = (part: string) =>
      [...part.matchAll(/localhost:3000\/papers\/([\w.-]+)/g)].map((match) => match[1]);
    expect(paperLinks(digest.parsed.html as string)).toEqual(expectedIds);
    expect(paperLinks(digest.parsed.text!)).toEqual(expectedIds);
    expect(digest.parsed.text).toContain("1. Paper 3 http://localhost:3000/papers/2606.00003");
    expect(digest.parsed.text).toMatch(/1\. Paper 3 \S+\n+3 authors · ▲ 5 upvotes\n+Abstract of test paper \d+\./);
    expect(digest.parsed.html).toContain('href="http://localhost:3000/papers/2606.00003"');
    expect(digest.parsed.text).toContain("http://localhost:3000/papers/2606.00003");
    expect(digest.parsed.text).toMatch(/Unsubscribe http:\/\/localhost:3000\/unsubscribe\?token=/);
    expect(digest.parsed.html).toMatch(/href="http:\/\/localhost:3000\/subscribe\/preferences\?token=[^"]+"/);

    // Unfolded (RFC 5322 §2.2.3): a long header may continue on the next line after a CRLF.
    const header = (name: string) =>
      digest.parsed.headerLines.find((line) => line.key === name.toLowerCase())?.line.replace(/\r?\n(?=[ \t])/g, "");
    const subscriberId = pending.id;
    expect(header("List-Unsubscribe")).toMatch(
      new RegExp(`^List-Unsubscribe: <http://localhost:3000/api/unsubscribe\\?token=${subscriberId}\\.[\\w-]+>$`),
    );
    expect(header("List-Unsubscribe-Post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(header("List-Id")).toBe("List-ID: Daily Papers <daily-papers.localhost>");

    const unsubscribeUrl = /<(.+)>/.exec(header("List-Unsubscribe")!)![1];
    expect(await oneClickUnsubscribe(unsubscribeUrl)).toEqual({ status: 200, body: { unsubscribed: true } });
    expect((await oneClickUnsubscribe(unsubscribeUrl)).status).toBe(200);
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: subscriberId } })).status).toBe("unsubscribed");

    const after = await cron();
    expect(after.body).toMatchObject({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it("a rerun sends nothing twice; a weekly subscriber gets the week's digest once", async () => {
    await papersToSend();
    await createSubscribers([{ email: "daily@example.com" }, { email: "weekly@example.com", frequency: "weekly" }]);
    const start = smtp.received.length;
    expect((await cron()).body).toMatchObject({ sent: 2, skipped: 0, failed: 0 });
    expect((await cron()).body).toMatchObject({ sent: 0, skipped: 2, failed: 0 });
    const arrived = smtp.received.slice(start);
    expect(arrived.map((mail) => mail.to[0]).sort()).toEqual(["daily@example.com", "weekly@example.com"]);
    const weekly = arrived.find((mail) => mail.to[0] === "weekly@example.com")!;
    expect(weekly.parsed.subject).toMatch(/^Trending papers · Week \d+ of \d{4} \(/);
    expect(await db.digestRun.count()).toBe(4);
  });

  it("re-subscribing after unsubscribing goes through the opt-in again", async () => {
    await papersToSend();
    const subscriber = await createSubscriber({ email: "back@example.com", status: "unsubscribed" });
    const start = smtp.received.length;
    expect((await subscribe({ email: "back@example.com", frequency: "weekly" })).status).toBe(202);
    expect(smtp.received.slice(start).map((mail) => mail.parsed.subject)).toEqual(["Confirm your Daily Papers digest"]);
    expect(await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).toMatchObject({
      status: "pending",
      frequency: "weekly",
    });
    expect((await cron()).body.sent).toBe(0);
  });

  it("when no paper is new or upvoted, nothing is sent and the run says why", async () => {
    await createPaper({ feedDate: "2026-01-05", upvotes: 40 });
    await createSubscriber({ email: "quiet@example.com" });
    const start = smtp.received.length;
    expect((await cron()).body).toMatchObject({ papers: 0, sent: 0, skipped: 0, failed: 0 });
    expect(smtp.received.length).toBe(start);
    const runs = await db.digestRun.findMany();
    // One run: the daily period of the one reader; no weekly reader, no weekly run.
    expect(runs).toHaveLength(1);
    for (const run of runs) expect(run.note).toMatch(/^No paper was new or upvoted since .+, so nothing was sent\.$/);
  });
});
