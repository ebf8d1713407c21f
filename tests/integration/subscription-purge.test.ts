// Pending subscriptions nobody confirmed are deleted once their link has expired, by the digest run.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runDigest } from "@/lib/digest/run";

const HOUR = 3_600_000;

describe("purging unconfirmed subscriptions", () => {
  it("deletes pending subscriptions whose confirmation link expired, and nothing else", async () => {
    const now = Date.now();
    await db.subscriber.createMany({
      data: [
        { email: "expired@example.com", frequency: "daily", status: "pending", confirmTokenExpiresAt: new Date(now - HOUR) },
        { email: "waiting@example.com", frequency: "daily", status: "pending", confirmTokenExpiresAt: new Date(now + HOUR) },
        { email: "confirmed@example.com", frequency: "daily", status: "active", confirmTokenExpiresAt: new Date(now - 100 * HOUR) },
        { email: "left@example.com", frequency: "weekly", status: "unsubscribed", confirmTokenExpiresAt: new Date(now - 100 * HOUR) },
      ],
    });
    const lines: string[] = [];
    await runDigest({ log: (line) => lines.push(line) });
    const left = await db.subscriber.findMany({ select: { email: true }, orderBy: { email: "asc" } });
    expect(left.map((subscriber) => subscriber.email)).toEqual(["confirmed@example.com", "left@example.com", "waiting@example.com"]);
    expect(lines).toContain("Deleted 1 pending subscriptions whose confirmation link had expired");
  });
});
