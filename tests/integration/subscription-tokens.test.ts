// Links and secrets that are wrong in every way a person or an attacker could make them: each is a
// 4xx or a clear answer, and changes nothing.
import { describe, expect, it, vi } from "vitest";
import { POST as unsubscribePost } from "@/app/api/unsubscribe/route";
import { db } from "@/lib/db/client";
import { preferencesToken, unsubscribeToken } from "@/lib/digest/render";
import { sign } from "@/lib/db/signing";
import { confirmSubscription } from "@/lib/subscriptions/subscriptions";
import { hashToken } from "@/lib/subscriptions/token-hash";
import { createPaper, createSubscriber } from "../factories";
import { cron, oneClickUnsubscribe } from "../support/digest";
import { today } from "@/lib/papers/dates";

const smtp = await vi.hoisted(async () => (await import("../support/smtp-server")).useSmtpServer());

async function pendingSubscriber(token: string, expiresInMs: number) {
  return createSubscriber({
    email: "pending@example.com",
    status: "pending",
    confirmTokenHash: hashToken(token),
    confirmTokenExpiresAt: new Date(Date.now() + expiresInMs),
    confirmationSentAt: new Date(),
  });
}

describe("confirmation tokens", () => {
  it("confirms once; a second use, an unknown or an empty token change nothing", async () => {
    const subscriber = await pendingSubscriber("the-right-token", 3_600_000);
    expect(await confirmSubscription("a-made-up-token")).toBe("unknown");
    expect(await confirmSubscription("")).toBe("unknown");
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe("pending");

    expect(await confirmSubscription("the-right-token")).toBe("confirmed");
    const confirmed = await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } });
    expect(await confirmSubscription("the-right-token")).toBe("used");
    expect(await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).toEqual(confirmed);
  });

  it("does not confirm with an expired token", async () => {
    const subscriber = await pendingSubscriber("an-old-token", -1000);
    expect(await confirmSubscription("an-old-token")).toBe("expired");
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe("pending");
  });
});

describe("POST /api/unsubscribe", () => {
  it("answers 400 to a missing, tampered, forged or wrong-purpose token and unsubscribes no one", async () => {
    const subscriber = await createSubscriber({ email: "stay@example.com" });
    const good = unsubscribeToken(subscriber.id);
    const bad = [
      "",
      "nonsense",
      `${subscriber.id}.`,
      `${good.slice(0, -2)}xx`, // altered signature
      `other${good}`, // altered id
      sign("unsubscribe", subscriber.id, "a-different-secret-that-is-long-enough-0123"),
      preferencesToken(subscriber.id), // signed, but for another purpose
    ];
    for (const token of bad) {
      const answer = await oneClickUnsubscribe(`http://localhost/api/unsubscribe?token=${encodeURIComponent(token)}`);
      expect(answer.status, token).toBe(400);
      expect(answer.body.error).toMatch(/not valid/);
    }
    expect((await oneClickUnsubscribe("http://localhost/api/unsubscribe")).status).toBe(400);
    expect((await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe("active");
  });

  it("unsubscribes with no cookie or login, at once and idempotently", async () => {
    const subscriber = await createSubscriber({ email: "leave@example.com", frequency: "weekly" });
    const url = `http://localhost/api/unsubscribe?token=${unsubscribeToken(subscriber.id)}`;
    const response = await unsubscribePost(new Request(url, { method: "POST" }), undefined);
    expect(response.status).toBe(200);
    const after = await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } });
    expect(after).toMatchObject({ status: "unsubscribed", unsubscribedAt: expect.any(Date) });
    expect((await oneClickUnsubscribe(url)).status).toBe(200);
    expect(await db.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).toEqual(after);
  });
});

describe("GET /api/cron/digest", () => {
  it("answers 401 to a missing or wrong bearer secret and sends nothing", async () => {
    await createPaper({ feedDate: today(), upvotes: 1 });
    await createSubscriber({ email: "reader@example.com" });
    const before = smtp.received.length;
    for (const authorization of [
      null,
      "",
      "Bearer",
      "Bearer wrong-secret-0123456789",
      "Basic dGVzdA==",
      "bearer test-cron-secret-0123456789x",
    ]) {
      const answer = await cron(authorization);
      expect(answer.status, String(authorization)).toBe(401);
      expect(answer.body.error).toMatch(/Authorization: Bearer/);
    }
    expect(smtp.received.length).toBe(before);
    expect(await db.delivery.count()).toBe(0);
    expect(await db.digestRun.count()).toBe(0);
  });
});
