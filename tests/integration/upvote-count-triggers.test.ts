// A paper's count follows its vote rows by their delta, whoever writes them (the Upvote triggers of
// migration 20261128040200_upvote_count_triggers); no vote recounts the rows.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPaper } from "../factories";

const upvotesOf = async (id: string) => (await db.paper.findUniqueOrThrow({ where: { id }, select: { upvotes: true } })).upvotes;

describe("upvote counts", () => {
  it("follow rows inserted, deleted and moved, and a paper renamed keeps its count", async () => {
    await createPaper({ id: "a", upvotes: 10 });
    await createPaper({ id: "b", upvotes: 3 });

    await db.upvote.createMany({ data: ["v1", "v2", "v3"].map((voterId) => ({ paperId: "a", voterId })) });
    expect(await upvotesOf("a")).toBe(13);
    // A repeated vote is no new row and no new count.
    await db.$executeRaw`INSERT INTO "Upvote" ("paperId", "voterId") VALUES ('a', 'v1') ON CONFLICT DO NOTHING`;
    expect(await upvotesOf("a")).toBe(13);

    await db.upvote.delete({ where: { paperId_voterId: { paperId: "a", voterId: "v2" } } });
    expect(await upvotesOf("a")).toBe(12);

    // A merge moves a vote to another paper, and its count with it.
    await db.upvote.update({ where: { paperId_voterId: { paperId: "a", voterId: "v3" } }, data: { paperId: "b" } });
    expect([await upvotesOf("a"), await upvotesOf("b")]).toEqual([11, 4]);

    // Renaming a paper carries its votes along (ON UPDATE CASCADE) without counting them again.
    await db.paper.update({ where: { id: "b" }, data: { id: "b2" } });
    expect(await upvotesOf("b2")).toBe(4);
    expect(await db.upvote.count({ where: { paperId: "b2" } })).toBe(1);
  });
});
