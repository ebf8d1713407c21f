// The digest is composed once and filled in per subscriber: each copy must carry its own
// recipient and links (in both parts and in List-Unsubscribe), its own Message-ID, a current
// Date, and be a well-formed message whatever the content.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { formatDay, today } from "@/lib/papers/dates";
import { SENT_BATCH_SIZE } from "@/lib/digest/deliveries";
import { preferencesToken, unsubscribeToken } from "@/lib/digest/render";
import { runDigest } from "@/lib/digest/run";
import { createPaper, createSubscriber, createSubscribers } from "../factories";
import type { ReceivedMail } from "../support/smtp-server";

const smtp = await vi.hoisted(async () => (await import("../support/smtp-server")).useSmtpServer());

const APP = "http://localhost:3000";

function header(mail: ReceivedMail, name: string): string | undefined {
  // Unfolded (RFC 5322 §2.2.3) and without the field name.
  const line = mail.parsed.headerLines.find((entry) => entry.key === name.toLowerCase())?.line;
  return line?.replace(/\r?\n(?=[ \t])/g, "").replace(/^[^:]+:\s*/, "");
}

function linksOf(id: string) {
  const unsubscribe = encodeURIComponent(unsubscribeToken(id));
  return {
    unsubscribePage: `${APP}/unsubscribe?token=${unsubscribe}`,
    oneClick: `${APP}/api/unsubscribe?token=${unsubscribe}`,
    preferencesPage: `${APP}/subscribe/preferences?token=${encodeURIComponent(preferencesToken(id))}`,
  };
}

describe("each subscriber's copy of the digest", () => {
  it("carries that subscriber's own address and links in both parts and List-Unsubscribe, and no one else's", async () => {
    await createPaper({ feedDate: today(), upvotes: 3, title: "Ünïcode & <angles> — “quoted” ▲" });
    const subscribers = await Promise.all(
      ["first@example.com", "second@example.com"].map((email) => createSubscriber({ email })),
    );
    smtp.received.length = 0;
    const before = Date.now();

    expect(await runDigest()).toMatchObject({ sent: 2, failed: 0 });

    expect(smtp.received).toHaveLength(2);
    for (const subscriber of subscribers) {
      const mail = smtp.received.find((received) => received.to[0] === subscriber.email)!;
      const own = linksOf(subscriber.id);
      const other = linksOf(subscribers.find((candidate) => candidate.id !== subscriber.id)!.id);

      expect(header(mail, "To")).toBe(subscriber.email);
      expect(mail.parsed.html).toContain(`href="${own.unsubscribePage}"`);
      expect(mail.parsed.html).toContain(`href="${own.preferencesPage}"`);
      expect(mail.parsed.text).toContain(`Unsubscribe ${own.unsubscribePage}`);
      expect(mail.parsed.text).toContain(own.preferencesPage);
      expect(header(mail, "List-Unsubscribe")).toBe(`<${own.oneClick}>`);
      expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
      for (const link of Object.values(other)) expect(mail.raw).not.toContain(link);
      expect(mail.raw).not.toContain("__DP_");

      // The content survives the transfer encoding in both parts.
      expect(mail.parsed.subject).toBe(`Trending papers · ${formatDay(today())}`);
      expect(mail.parsed.text).toContain("Ünïcode & <angles> — “quoted” ▲");
      expect(mail.parsed.html).toContain("Ünïcode &amp; &lt;angles&gt; — “quoted” ▲");

      // Well formed: CRLF line ends only, no line over RFC 5322's 998 octets.
      expect(mail.raw).not.toMatch(/[^\r]\n/);
      for (const line of mail.raw.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(998);
      expect(mail.parsed.date!.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
      expect(mail.parsed.date!.getTime()).toBeLessThanOrEqual(Date.now());
    }
    const [first, second] = smtp.received.map((mail) => mail.parsed.messageId);
    expect(first).toMatch(/^<[\w-]+@localhost>$/);
    expect(second).not.toBe(first);
  });

  it("refuses an address that cannot go into a To header as is, and sends the others", async () => {
    await createPaper({ feedDate: today(), upvotes: 3 });
    // Written around the subscribe form's validation, as a bad import might.
    await createSubscribers([{ email: "fine@example.com" }, { email: "evil@example.com\r\nBcc: victim@example.com" }]);
    smtp.received.length = 0;

    expect(await runDigest()).toMatchObject({ sent: 1, failed: 1 });
    expect(smtp.received.map((mail) => mail.to)).toEqual([["fine@example.com"]]);
    const failed = await db.delivery.findFirstOrThrow({ where: { status: "failed" } });
    expect(failed.error).toMatch(/not a plain email address/);
  });

  it("records every sent delivery when they take more than one batch to record", async () => {
    await createPaper({ feedDate: today(), upvotes: 3 });
    const count = SENT_BATCH_SIZE * 2 + 7;
    await createSubscribers(Array.from({ length: count }, (_, i) => ({ email: `many${i}@example.com` })));
    smtp.received.length = 0;

    expect(await runDigest()).toMatchObject({ sent: count, failed: 0 });
    expect(await db.delivery.count({ where: { status: "sent", sentAt: { not: null } } })).toBe(count);
    expect(await runDigest()).toMatchObject({ sent: 0, skipped: count });
    expect(smtp.received).toHaveLength(count);
  });
});
