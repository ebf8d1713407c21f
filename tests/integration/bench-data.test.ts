// The bench writes its rows with better-sqlite3, bypassing Prisma: the app must read them as its
// own (DateTime text that Prisma's range queries compare correctly, authors as JSON).
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db, dialect } from "@/lib/db/client";
import { createPaper } from "../factories";
import { daySpan } from "@/lib/papers/dates";
import { papersInSpan } from "@/lib/papers/queries";
import { sqliteFile } from "@/lib/db/sqlite";
import { trendingPapers } from "@/lib/votes/trending";
import { insertPapersAndVotes, insertSubscribers, storedDateTime } from "@/scripts/bench/bulk-insert";
import { createRng } from "@/scripts/bench/synthetic";
import { countDrift } from "@/scripts/bench/votes";

const until = Date.parse("2026-06-23T00:00:00Z");

const openRaw = () => new Database(sqliteFile(process.env.DATABASE_URL!));

function fill(): void {
  const raw = openRaw();
  try {
    const days = [
      { day: "2026-06-20", papers: 5 },
      { day: "2026-06-21", papers: 5 },
      { day: "2026-06-22", papers: 10 },
    ];
    const rng = createRng(7);
    insertPapersAndVotes(raw, { rng, days, votes: 200, until, log: () => {} });
    insertSubscribers(raw, { rng, count: 30, until, log: () => {} });
  } finally {
    raw.close();
  }
}

// SQLite-only by nature: the bench's bulk writer is better-sqlite3 on the database file.
describe.skipIf(dialect() === "postgresql")("the bench's bulk rows", () => {
  it("store DateTimes exactly as Prisma does", async () => {
    const paper = await createPaper({ id: "2606.99999" });
    const raw = openRaw();
    const row = raw.prepare("SELECT createdAt FROM Paper WHERE id = ?").get(paper.id) as { createdAt: string };
    raw.close();
    expect(row.createdAt).toBe(storedDateTime(paper.createdAt.getTime()));
  });

  it("are read by the feed and trending queries, with counts equal to imported + vote rows", async () => {
    fill();
    const papers = await papersInSpan(daySpan("2026-06-22"));
    expect(papers).toHaveLength(10);
    for (const paper of papers) {
      expect(paper.authors.length).toBeGreaterThanOrEqual(1);
      expect(paper.authors.length).toBeLessThanOrEqual(30);
      expect(paper.authorCount).toBe(paper.authors.length);
    }
    expect(await db.upvote.count()).toBe(200);
    expect(countDrift(sqliteFile(process.env.DATABASE_URL!))).toBe(0);

    // Recent votes are found by a DateTime range query, so trending scores are not all 0.
    const trending = await trendingPapers({ limit: 5, now: new Date(until) });
    expect(trending[0].score).toBeGreaterThan(0);
    expect(await db.subscriber.count({ where: { status: "active", confirmedAt: { lt: new Date(until) } } })).toBe(30);
  });
});
