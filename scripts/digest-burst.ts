// A quick measure of the digest run: N subscribers on a fresh seeded database, sent by the digest
// CLI in its own process (so that its peak memory is its own) to a loopback SMTP server that
// accepts and discards; then the same run again, which must send nothing. The same measurement
// as the bench's digest row (scripts/bench/digest.ts), on the seed papers.
//   npx tsx scripts/digest-burst.ts --subscribers 3000
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { measureDigest } from "./bench/digest";

const { values } = parseArgs({ options: { subscribers: { type: "string", default: "3000" } } });
const count = Number(values.subscribers);
const database = path.resolve("var", "burst", "burst.db");
rmSync(path.dirname(database), { recursive: true, force: true });
process.env.DATABASE_URL = `file:${database}`;

const { prepareDatabase } = await import("./lib/prepare-database");
const { createPrismaClient } = await import("../lib/db/create-client");
await prepareDatabase();
const db = createPrismaClient(process.env.DATABASE_URL);
const emails = Array.from({ length: count }, (_, i) => `reader${i}@example.com`);
for (let i = 0; i < count; i += 1000) {
  await db.subscriber.createMany({
    // Two in three daily, one in three weekly, as both digests go out on 2026-06-23.
    data: emails
      .slice(i, i + 1000)
      .map((email, j) => ({ email, frequency: (i + j) % 3 === 2 ? "weekly" : "daily", status: "active" })),
  });
}
await db.$disconnect();

// The day after the seed's feed day, so that its papers qualify.
const { first, rerun, received, messagesPerSecond } = await measureDigest({
  database,
  appUrl: "http://localhost:3000",
  log: () => {},
  now: "2026-06-23T07:00:00Z",
});
console.log(
  `${count} subscribers: ${first.sent} sent (${received} received) in ${first.wallMs} ms = ${messagesPerSecond} messages/s, ` +
    `peak RSS ${Math.round(first.peakRssBytes / 2 ** 20)} MB`,
);
console.log(`rerun: ${rerun.sent} sent, ${rerun.skipped} skipped in ${rerun.wallMs} ms`);
process.exit(first.sent === count && rerun.sent === 0 ? 0 : 1);
