// setUpvote on both databases: on SQLite it writes through the driver's own connection (not
// through Prisma), on PostgreSQL in one statement that also reads the count; either way its rows
// and answers must be what Prisma would have written and read.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setUpvote } from "@/lib/votes/votes";
import { createPaper } from "../factories";

describe("setUpvote", () => {
  it("answers the count each vote leaves: once per voter however often, back down on a removal", async () => {
    await createPaper({ id: "2406.00001", upvotes: 5, feedDate: "2026-06-20" });
    const [first, second] = [randomUUID(), randomUUID()];
    const answers = [
      await setUpvote("2406.00001", first, true),
      await setUpvote("2406.00001", first, true),
      await setUpvote("2406.00001", second, true),
      await setUpvote("2406.00001", first, false),
      await setUpvote("2406.00001", first, false),
    ];
    expect(answers.map((answer) => answer && [answer.upvoted, answer.upvotes])).toEqual([
      [true, 6],
      [true, 6],
      [true, 7],
      [false, 6],
      [false, 6],
    ]);
    expect(answers[0]?.feedDate).toBe("2026-06-20");
    expect(await db.paper.findUnique({ where: { id: "2406.00001" }, select: { upvotes: true } })).toEqual({
      upvotes: 6,
    });
    expect(await db.upvote.findMany({ select: { voterId: true } })).toEqual([{ voterId: second }]);
  });

  it("stores the vote's time as Prisma stores and compares times", async () => {
    await createPaper({ id: "2406.00002" });
    const at = new Date("2026-06-22T08:09:10.123Z");
    await setUpvote("2406.00002", "voter-a", true, at);
    // Prisma binds `at` in its own format: equality on SQLite's text column holds only if the
    // vote was stored in exactly that format.
    expect(await db.upvote.findMany({ where: { createdAt: at }, select: { voterId: true, createdAt: true } })).toEqual([
      { voterId: "voter-a", createdAt: at },
    ]);
    expect(
      await db.upvote.count({
        where: { createdAt: { gt: new Date(at.getTime() - 1), lt: new Date(at.getTime() + 1) } },
      }),
    ).toBe(1);
  });

  it("answers null and writes nothing for an unknown or a hidden paper", async () => {
    await createPaper({ id: "2406.00003", upvotes: 2 });
    await db.paper.update({ where: { id: "2406.00003" }, data: { hiddenAt: new Date() } });
    expect(await setUpvote("2406.00003", "voter-a", true)).toBeNull();
    expect(await setUpvote("2406.00003", "voter-a", false)).toBeNull();
    expect(await setUpvote("missing", "voter-a", true)).toBeNull();
    expect(await db.upvote.count()).toBe(0);
    expect(await db.paper.findUnique({ where: { id: "2406.00003" }, select: { upvotes: true } })).toEqual({
      upvotes: 2,
    });
  });
});
