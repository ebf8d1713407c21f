// `npm run digest`: sends the digest now, as the scheduled route does, with a line of progress
// per batch. `--json` ends with one line of JSON for scripts and the benchmark; `--now <ISO time>`
// sends the digest as of another moment (the seed papers are of 2026-06-22).
import "../lib/db/load-env-files";
import { parseArgs } from "node:util";
import { db } from "../lib/db/client";
import { runDigest } from "../lib/digest/run";

const { values } = parseArgs({ options: { json: { type: "boolean", default: false }, now: { type: "string" } } });
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`--now must be a date and time, like 2026-06-23T07:00:00Z (got "${values.now}")`);
  process.exit(2);
}

const started = performance.now();
try {
  const summary = await runDigest({ now, log: (line) => console.log(line) });
  const wallMs = Math.round(performance.now() - started);
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  console.log(`Digest ${summary.period}: ${summary.papers} papers, ${summary.sent} sent, ${summary.skipped} skipped, ${summary.failed} failed in ${wallMs} ms`);
  if (values.json) console.log(JSON.stringify({ ...summary, wallMs, maxRssBytes }));
  process.exitCode = summary.failed > 0 ? 1 : 0;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
