// POST /api/subscribe: what it accepts, what it refuses, and that it never tells whether an
// address is already subscribed.
import { describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/subscribe/route";
import { db } from "@/lib/db/client";
import { createSubscriber } from "../factories";
import { CONFIRMATION_RESEND_MS } from "@/lib/subscriptions/subscriptions";
import { settleAfterTasks } from "../setup/after-response";
import { confirmationToken, subscribe } from "../support/digest";

const smtp = await vi.hoisted(async () => (await import("../support/smtp-server")).useSmtpServer());

let clientNumber = 0;
/** A fresh client address per call, so that the per-client limit only bites where a test wants it. */
function freshClient(): string {
  clientNumber += 1;
  return `198.51.100.${clientNumber}`;
}

async function expectNothingStoredOrSent(sentBefore: number) {
  expect(await db.subscriber.count()).toBe(0);
  expect(smtp.received.length).toBe(sentBefore);
}

describe("POST /api/subscribe", () => {
  it("refuses malformed and over-long addresses with a 400 message, storing and sending nothing", async () => {
    const before = smtp.received.length;
    const cases: unknown[] = [
      {},
      { email: "" },
      { email: "   " },
      { email: "not-an-email" },
      { email: "ada@" },
      { email: "ada lovelace@example.com" },
      { email: "<ada@example.com>" },
      { email: 42 },
      { email: `${"a".repeat(64)}@${"b".repeat(186)}.com` }, // 255 characters
      { email: "ada@example.com", frequency: "hourly" },
      ["ada@example.com"],
    ];
    for (const body of cases) {
      const answer = await subscribe(body, freshClient());
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error).toEqual(expect.any(String));
    }
    await expectNothingStoredOrSent(before);
  });

  it("refuses a body that is not JSON or form data, or is too large", async () => {
    const before = smtp.received.length;
    const post = (body: string, headers: Record<string, string>) =>
      POST(new Request("http://localhost/api/subscribe", { method: "POST", headers, body }), undefined);
    expect((await post("{", { "content-type": "application/json" })).status).toBe(400);
    expect((await post("email=ada@example.com", { "content-type": "text/plain" })).status).toBe(415);
    const huge = JSON.stringify({ email: `${"a".repeat(10_000)}@example.com` });
    expect((await post(huge, { "content-type": "application/json", "content-length": String(huge.length) })).status).toBe(413);
    await expectNothingStoredOrSent(before);
  });

  it("accepts form data, normalizes the address and stores it pending with a hashed token", async () => {
    const response = await POST(
      new Request("http://localhost/api/subscribe", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": freshClient() },
        body: new URLSearchParams({ email: "  Grace.Hopper@Example.ORG", frequency: "weekly" }).toString(),
      }),
      undefined,
    );
    expect(response.status).toBe(202);
    await settleAfterTasks();
    const subscriber = await db.subscriber.findUniqueOrThrow({ where: { email: "grace.hopper@example.org" } });
    expect(subscriber).toMatchObject({ frequency: "weekly", status: "pending" });
    expect(subscriber.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/);
    const token = confirmationToken(smtp.received.at(-1)!);
    expect(token).toMatch(/^[\w-]{43}$/); // 32 random bytes in base64url
    expect(subscriber.confirmTokenHash).not.toContain(token);
    expect(subscriber.confirmTokenExpiresAt!.getTime() - subscriber.confirmationSentAt!.getTime()).toBe(48 * 3_600_000);
  });

  it("answers new, pending and active addresses alike; re-sends to a pending one at most every five minutes", async () => {
    await createSubscriber({ email: "active@example.com" });
    const before = smtp.received.length;
    const answers = [];
    for (const email of ["new@example.com", "new@example.com", "active@example.com"]) {
      answers.push(await subscribe({ email, frequency: "daily" }, freshClient()));
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0].status).toBe(202);
    // One confirmation for the new address; none for the repeat within five minutes, none for the active one.
    expect(smtp.received.slice(before).map((mail) => mail.to[0])).toEqual(["new@example.com"]);

    await db.subscriber.update({
      where: { email: "new@example.com" },
      data: { confirmationSentAt: new Date(Date.now() - CONFIRMATION_RESEND_MS - 1000) },
    });
    expect((await subscribe({ email: "new@example.com", frequency: "daily" }, freshClient())).status).toBe(202);
    expect(smtp.received.slice(before).map((mail) => mail.to[0])).toEqual(["new@example.com", "new@example.com"]);
    expect((await db.subscriber.findUniqueOrThrow({ where: { email: "active@example.com" } })).status).toBe("active");
  });

  it("answers 429 with Retry-After when one address asks too often", async () => {
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await subscribe({ email: "eager@example.com" }, freshClient()));
    expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202, 202, 202, 429]);
    expect(Number(answers[5].retryAfter)).toBeGreaterThan(0);
  });

  it("counts +tags and Gmail's dots as the one mailbox they reach", async () => {
    const addresses = ["ada+1@example.com", "ada+2@example.com", "ada@example.com", "ada+news@example.com", "ada+5@example.com", "ada+6@example.com"];
    const statuses = [];
    for (const email of addresses) statuses.push((await subscribe({ email }, freshClient())).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    const gmail = ["grace@gmail.com", "g.race@gmail.com", "gr.ace+x@googlemail.com", "g.r.a.c.e@gmail.com", "grace+1@gmail.com", "gra.ce@googlemail.com"];
    statuses.length = 0;
    for (const email of gmail) statuses.push((await subscribe({ email }, freshClient())).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    expect(await db.subscriber.count({ where: { email: { in: ["ada+6@example.com", "gra.ce@googlemail.com"] } } })).toBe(0);
  });

  it("refuses a request from another site's page with a 403, storing and sending nothing", async () => {
    const before = smtp.received.length;
    for (const origin of ["https://evil.example", "null"]) {
      const answer = await subscribe({ email: "victim@example.com" }, freshClient(), { origin });
      expect(answer.status).toBe(403);
      expect(answer.body.error).toMatch(/this site/);
    }
    expect((await subscribe({ email: "victim@example.com" }, freshClient(), { origin: "http://localhost" })).status).toBe(202);
    expect(smtp.received.length).toBe(before + 1);
  });

  it("answers 429 when one client asks too often, whatever the address", async () => {
    const client = freshClient();
    const statuses = [];
    for (let i = 0; i < 21; i += 1) statuses.push((await subscribe({ email: `many${i}@example.com` }, client)).status);
    expect(statuses.slice(0, 20).every((status) => status === 202)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect(await db.subscriber.count({ where: { email: "many20@example.com" } })).toBe(0);
  });
});
