// MAIL_RATE_PER_SECOND against the loopback SMTP server, which notes when each message arrives:
// at 2 a second, 5 messages cannot arrive within 2 seconds (2 in the first, 2 in the next, then 1),
// where without the cap they take a few milliseconds. A lower bound on time, not a speed claim.
import { afterAll, describe, expect, it, vi } from "vitest";
import { runDigest } from "@/lib/digest/run";
import { createPaper, createSubscribers } from "../factories";

const smtp = await vi.hoisted(async () => {
  process.env.MAIL_RATE_PER_SECOND = "2";
  return (await import("../support/smtp-server")).useSmtpServer();
});

// Test files share a worker process: the next one must send at full speed.
afterAll(() => {
  delete process.env.MAIL_RATE_PER_SECOND;
});

describe("the sending rate cap", () => {
  it("sends 5 messages at 2 a second: the third after a second, the fifth after two", async () => {
    await createPaper({ feedDate: "2026-07-20", upvotes: 2 });
    await createSubscribers(Array.from({ length: 5 }, (_, i) => ({ email: `rate-${i}@example.com` })));
    const started = Date.now();
    expect(await runDigest({ now: new Date("2026-07-20T08:00:00Z") })).toMatchObject({ sent: 5 });
    // Arrivals since the run started: the first connection's setup delays the first two, so the
    // bounds are on when each message could start at the earliest (0, 0, 1 s, 1 s, 2 s).
    const since = smtp.received.map((mail) => mail.arrivedAt - started).sort((a, b) => a - b);
    expect(since).toHaveLength(5);
    expect(since[2]).toBeGreaterThanOrEqual(1000);
    expect(since[4]).toBeGreaterThanOrEqual(2000);
  });
});
