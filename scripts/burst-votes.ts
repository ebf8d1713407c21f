// A short local burst of concurrent upvote toggles on a scratch copy of the seed database, then
// the count check: every paper's upvotes must equal its imported upvotes plus its vote rows.
//   npx tsx scripts/burst-votes.ts [toggles=5000] [voters=200]
// It measures the write path (lib/votes/votes.ts on SQLite), not HTTP; it never touches DATABASE_URL.
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";

const toggles = Number(process.argv[2] ?? 5000);
const voterCount = Number(process.argv[3] ?? 200);
const file = path.resolve("var", "burst", "burst.db");

rmSync(path.dirname(file), { recursive: true, force: true });
process.env.DATABASE_URL = `file:${file}`;
// Imported after DATABASE_URL is set: lib/db opens the database it names on first import.
const { prepareDatabase } = await import("./lib/prepare-database");
const { db } = await import("../lib/db/client");
const { setUpvote } = await import("../lib/votes/votes");

await prepareDatabase();
const paperIds = (await db.paper.findMany({ select: { id: true } })).map((paper) => paper.id);
const voters = Array.from({ length: voterCount }, () => randomUUID());
const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];

const started = performance.now();
await Promise.all(Array.from({ length: toggles }, () => setUpvote(pick(paperIds), pick(voters), Math.random() < 0.5)));
const seconds = (performance.now() - started) / 1000;

const [{ drifted }] = await db.$queryRaw<{ drifted: bigint }[]>`
  SELECT COUNT(*) AS drifted FROM "Paper" AS p
  WHERE p."upvotes" <> p."importedUpvotes" + (SELECT COUNT(*) FROM "Upvote" AS u WHERE u."paperId" = p."id")`;
const rows = await db.upvote.count();
await db.$disconnect();

console.log(
  `${toggles} toggles from ${voterCount} voters on ${paperIds.length} papers in ${seconds.toFixed(2)} s: ` +
    `${Math.round(toggles / seconds)} toggles/s; ${rows} vote rows; papers whose count drifted: ${drifted}`,
);
if (drifted !== 0n) process.exitCode = 1;
