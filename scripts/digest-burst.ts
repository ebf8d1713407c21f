// A quick measure of the digest run: N subscribers on a fresh seeded database, a loopback SMTP
// server that accepts and discards, and `scripts/digest.ts --json` in its own process so that its
// peak memory is its own; then the same run again, which must send nothing. The full benchmark
// is bench/; this is the smoke-sized version.
//   npx tsx scripts/digest-burst.ts --subscribers 3000
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { startSmtpSink } from "./lib/smtp-sink";

const { values } = parseArgs({ options: { subscribers: { type: "string", default: "3000" } } });
const count = Number(values.subscribers);
const database = path.resolve("var", "burst", "burst.db");
rmSync(path.dirname(database), { recursive: true, force: true });
process.env.DATABASE_URL = `file:${database}`;

const { prepareDatabase } = await import("./lib/prepare-database");
const { createPrismaClient } = await import("../lib/db-client");
await prepareDatabase();
const db = createPrismaClient(process.env.DATABASE_URL);
const emails = Array.from({ length: count }, (_, i) => `reader${i}@example.com`);
for (let i = 0; i < count; i += 1000) {
  await db.subscriber.createMany({
    // Two in three daily, one in three weekly, as both digests go out on 2026-06-23.
    data: emails.slice(i, i + 1000).map((email, j) => ({ email, frequency: (i + j) % 3 === 2 ? "weekly" : "daily", status: "active" })),
  });
}
await db.$disconnect();

const sink = await startSmtpSink();
const port = sink.port;

/** One run of the digest CLI in its own process: its JSON summary and exit code. */
async function runDigestProcess() {
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/digest.ts", "--json", "--now", "2026-06-23T07:00:00Z"], {
    env: { ...process.env, SMTP_URL: `smtp://127.0.0.1:${port}` },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { result: JSON.parse(output.trim().split("\n").at(-1)!), code };
}

const { result, code } = await runDigestProcess();
const perSecond = Math.round((result.sent / result.wallMs) * 1000);
console.log(JSON.stringify(result));
console.log(
  `${count} subscribers: ${result.sent} sent (${sink.received()} received) in ${result.wallMs} ms = ${perSecond} messages/s, ` +
    `peak RSS ${Math.round(result.maxRssBytes / 2 ** 20)} MB (exit code ${code})`,
);
// Exactly once: the same period again must send nothing.
const rerun = await runDigestProcess();
console.log(`rerun: ${rerun.result.sent} sent, ${rerun.result.skipped} skipped in ${rerun.result.wallMs} ms (exit code ${rerun.code})`);
await sink.close();
process.exit(code === 0 && rerun.code === 0 && rerun.result.sent === 0 ? 0 : 1);
