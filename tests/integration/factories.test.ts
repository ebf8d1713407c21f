// The factories make rows the app itself would accept: distinct by default, overridable, and a
// paper's count equal to its imported upvotes plus its vote rows.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  createDelivery,
  createDigestRun,
  createOrganization,
  createPaper,
  createPapers,
  createSubscriber,
  createUpvote,
  createUpvotes,
} from "../factories";

describe("test factories", () => {
  it("make distinct papers and organizations unless told otherwise", async () => {
    const [a, b] = [await createPaper(), await createPaper()];
    expect(a.id).not.toBe(b.id);
    const organization = await createOrganization({ slug: "kaist-ai", name: "KAIST AI" });
    expect(await createOrganization({ slug: "kaist-ai", name: "ignored" })).toEqual(organization);
    const paper = await createPaper({ id: "2406.00001", organization: { slug: "kaist-ai", name: "KAIST AI" } });
    expect(paper).toMatchObject({ id: "2406.00001", organizationSlug: "kaist-ai" });
  });

  it("keep each voted paper's count at imported upvotes plus vote rows", async () => {
    await createPaper({ id: "voted", upvotes: 10 });
    await createPapers([{ id: "bulk-a" }, { id: "bulk-b", upvotes: 2 }]);
    await createUpvotes([{ paperId: "voted" }, { paperId: "voted" }, { paperId: "bulk-b" }]);
    await createUpvote({ paperId: "voted", voterId: "ada", createdAt: new Date("2026-06-22T10:00:00Z") });
    const counts = Object.fromEntries(
      (await db.paper.findMany({ select: { id: true, upvotes: true } })).map((row) => [row.id, row.upvotes]),
    );
    expect(counts).toEqual({ voted: 13, "bulk-a": 0, "bulk-b": 3 });
    expect(
      await db.upvote.findUniqueOrThrow({ where: { paperId_voterId: { paperId: "voted", voterId: "ada" } } }),
    ).toMatchObject({
      createdAt: new Date("2026-06-22T10:00:00Z"),
    });
  });

  it("make active daily subscribers, claimed deliveries and finished digest runs by default", async () => {
    const subscriber = await createSubscriber();
    expect(subscriber).toMatchObject({ status: "active", frequency: "daily" });
    expect((await createSubscriber()).email).not.toBe(subscriber.email);
    const delivery = await createDelivery({ subscriberId: subscriber.id });
    expect(delivery).toMatchObject({ subscriberId: subscriber.id, status: "claimed", attempts: 1 });
    expect(await createDelivery({ status: "sent", period: "weekly:2026-W26" })).toMatchObject({
      status: "sent",
      period: "weekly:2026-W26",
    });
    expect(await createDigestRun({ sent: 4 })).toMatchObject({
      period: "daily:2026-06-22",
      sent: 4,
      finishedAt: expect.any(Date),
    });
  });
});
