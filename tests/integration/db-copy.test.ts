// `npm run db:copy`: an SQLite instance's rows moved into PostgreSQL, checked, all or nothing.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { dialect } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/create-client";
import { administer, withDatabase } from "@/lib/db/postgres";
import { copyDatabase, CopyRefused } from "@/scripts/lib/copy-database";
import { createDatabaseFrom } from "../support/postgres-database";
import { TEST_DB_DIR } from "../setup/paths";

let databases = 0;
/** A new migrated PostgreSQL database of the test cluster. */
function newTarget(): Promise<string> {
  databases += 1;
  return createDatabaseFrom(inject("postgresTemplateUrl")!, `copy_${process.pid}_${databases}`);
}

/** A migrated SQLite file with a little of everything, the way the app writes it. */
async function sqliteSource(name: string): Promise<string> {
  const url = `file:${path.join(TEST_DB_DIR, `${name}-${process.pid}.db`)}`;
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
  const db = createPrismaClient(url);
  try {
    await db.organization.create({ data: { slug: "quokka-lab", name: "Quokka Lab" } });
    for (let i = 0; i < 7; i += 1) {
      await db.paper.create({
        data: {
          id: `2606.0000${i}`,
          title: i === 0 ? "Quokkas in the wild" : `Paper ${i}`,
          abstract: "Marsupials of Rottnest Island.",
          authors: ["Ada Lovelace", "Émilie du Châtelet"],
          organizationSlug: i < 3 ? "quokka-lab" : null,
          feedDate: "2026-06-22",
          importedUpvotes: i,
          upvotes: i,
          publishedAt: new Date("2026-06-20T12:34:56.789Z"),
        },
      });
    }
    await db.paperAlias.create({ data: { id: "quokkas-in-the-wild", paperId: "2606.00000" } });
    // Votes through the SQLite triggers, which add them to the counts.
    for (let v = 0; v < 5; v += 1) await db.upvote.create({ data: { paperId: "2606.00001", voterId: `voter-${v}` } });
    await db.upvote.create({ data: { paperId: "2606.00006", voterId: "voter-0" } });
    const ada = await db.subscriber.create({
      data: { email: "ada@example.com", frequency: "daily", status: "active" },
    });
    await db.subscriber.create({ data: { email: "grace@example.com", frequency: "weekly" } });
    const run = await db.digestRun.create({ data: { period: "daily:2026-06-22", papers: 7, sent: 1 } });
    await db.delivery.create({
      data: { subscriberId: ada.id, period: "daily:2026-06-22", status: "sent", runId: run.id, sentAt: new Date() },
    });
    await db.importRun.create({
      data: { source: "hf", day: "2026-06-22", status: "succeeded", added: 7, startedAt: new Date() },
    });
    // A member with a session, a vote and a comment thread (a reply refers to its parent row).
    await db.user.create({
      data: { id: "member-1", name: "", email: "grace@example.org", handle: "grace", emailVerified: true },
    });
    await db.session.create({
      data: { id: "s1", token: "t1", userId: "member-1", expiresAt: new Date("2027-01-01T00:00:00Z") },
    });
    await db.upvote.create({ data: { paperId: "2606.00001", voterId: "member:member-1" } });
    const parent = await db.comment.create({ data: { paperId: "2606.00001", authorId: "member-1", body: "Lovely." } });
    await db.comment.create({
      data: { paperId: "2606.00001", authorId: "member-1", parentId: parent.id, body: "Indeed." },
    });
    await db.auditEntry.create({ data: { actorId: "member-1", action: "comment.remove", target: parent.id } });
  } finally {
    await db.$disconnect();
  }
  return url;
}

// Needs a PostgreSQL server to copy into: runs in `npm run test:pg`.
describe.runIf(dialect() === "postgresql")("db:copy", () => {
  let source: string;
  beforeAll(async () => {
    source = await sqliteSource("copy-source");
  }, 60_000);

  it("copies every table, keeps counts, instants, JSON and ids, and builds the search index", async () => {
    const to = await newTarget();
    const report = await copyDatabase({ from: source, to, batchSize: 3 });
    expect(Object.fromEntries(report.tables.map(({ table, rows }) => [table, rows]))).toMatchObject({
      Organization: 1,
      Paper: 7,
      PaperAlias: 1,
      Upvote: 7,
      Subscriber: 2,
      DigestRun: 1,
      Delivery: 1,
      ImportRun: 1,
      User: 1,
      Session: 1,
      Comment: 2,
      AuditEntry: 1,
    });
    expect(report.papersChecked).toBe(7);
    // Parents before children: a paper before its votes and aliases, a subscriber before its deliveries.
    const order = report.tables.map(({ table }) => table);
    expect(order.indexOf("Paper")).toBeLessThan(order.indexOf("Upvote"));
    expect(order.indexOf("Organization")).toBeLessThan(order.indexOf("Paper"));
    expect(order.indexOf("Subscriber")).toBeLessThan(order.indexOf("Delivery"));

    const db = createPrismaClient(to);
    try {
      const paper = await db.paper.findUniqueOrThrow({ where: { id: "2606.00001" } });
      expect(paper.upvotes).toBe(1 + 5 + 1);
      const member = await db.user.findUniqueOrThrow({ where: { id: "member-1" }, include: { sessions: true } });
      expect(member.emailVerified).toBe(true);
      expect(member.sessions.map((session) => session.expiresAt)).toEqual([new Date("2027-01-01T00:00:00Z")]);
      expect(await db.comment.count({ where: { parentId: { not: null } } })).toBe(1);
      expect(paper.authors).toEqual(["Ada Lovelace", "Émilie du Châtelet"]);
      expect(paper.publishedAt).toEqual(new Date("2026-06-20T12:34:56.789Z"));
      // The search document is PostgreSQL's own, made by its triggers as the rows came in.
      const found = await db.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Paper" WHERE "search" @@ to_tsquery('paper_search', 'wild:* & chatelet') ORDER BY "id"`;
      expect(found.map((row) => row.id)).toEqual(["2606.00000"]);
      // Autoincrement ids go on after the copied ones.
      const next = await db.digestRun.create({ data: { period: "daily:2026-06-23" } });
      expect(next.id).toBe(2);
    } finally {
      await db.$disconnect();
    }
  });

  it("refuses a database that has rows, or lacks the migrations, and changes nothing", async () => {
    const to = await newTarget();
    await copyDatabase({ from: source, to });
    await expect(copyDatabase({ from: source, to })).rejects.toThrow(CopyRefused);
    await expect(copyDatabase({ from: source, to })).rejects.toThrow(/not empty/);
    const db = createPrismaClient(to);
    try {
      expect(await db.paper.count()).toBe(7);
      expect(await db.comment.count()).toBe(2);
    } finally {
      await db.$disconnect();
    }

    const bare = withDatabase(to, `copy_bare_${process.pid}`);
    await administer(withDatabase(to, "postgres"), `CREATE DATABASE "copy_bare_${process.pid}"`);
    await expect(copyDatabase({ from: source, to: bare })).rejects.toThrow(/lacks migrations/);
  });

  it("copies nothing when a paper's count does not match its votes", async () => {
    const drifted = await sqliteSource("copy-drifted");
    const db = createPrismaClient(drifted);
    await db.$executeRaw`UPDATE "Paper" SET "upvotes" = 99 WHERE "id" = '2606.00003'`;
    await db.$disconnect();

    const to = await newTarget();
    await expect(copyDatabase({ from: drifted, to })).rejects.toThrow(
      /Upvote counts differ for 1 papers \(2606\.00003 99 → 3\)/,
    );
    const target = createPrismaClient(to);
    try {
      expect(await target.paper.count()).toBe(0);
      expect(await target.upvote.count()).toBe(0);
    } finally {
      await target.$disconnect();
    }
  }, 60_000);
});
