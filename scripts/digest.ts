// `npm run digest`: sends the digest now, as the scheduled route does, with a line of progress
// per batch. `--json` ends with one line of JSON for scripts and the benchmark; `--now <ISO time>`
// sends the digest as of another moment (the seed papers are of 2026-06-22).
//
// Every way it can stop ends in a message and an exit status, never a stack trace from an
// unhandled error: 1 when a delivery failed (the next run retries it) or the run could not go
// on, 2 for a bad command line or environment.
import "../lib/db/load-env-files";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { getEnv } from "../lib/db/env";
import { setSqlitePageCache } from "../lib/db/sqlite";
import { ownPeakRss } from "./lib/process-memory";

function usage(message: string): never {
  console.error(message);
  process.exit(2);
}

let values: { json: boolean; now?: string };
try {
  ({ values } = parseArgs({ options: { json: { type: "boolean", default: false }, now: { type: "string" } } }));
  getEnv();
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime()))
  usage(`--now must be a date and time, like 2026-06-23T07:00:00Z (got "${values.now}")`);

// The run's live heap stays small (~40 MB) while it allocates a lot that outlives a scavenge (the
// readers of a batch, messages in flight, query results); with V8's default growing factor (up to
// 4x the live heap) the old space grew to 160 MB between full collections. 1.5x keeps the peak
// within the 250 MB goal at 100,000 readers; see docs/decisions/0023-digest-memory.md. V8 reads
// this flag at each full collection, so setting it here (not on the command line) holds for every
// way the script is started.
setFlagsFromString("--heap-growing-percent=50");
// Prisma's query compiler is WebAssembly. V8 compiles it with its baseline compiler (Liftoff) and
// then recompiles its hot functions with TurboFan on background threads, whose working memory
// added ~20 MB to the peak of every run, the rerun that sends nothing included. Set before the
// client is imported: V8 reads it when it compiles the module. See docs/decisions/0030-digest-cli-without-tsx.md.
setFlagsFromString("--liftoff-only");

// The run reads each subscriber and delivery about once, in id order by index: SQLite's default
// page cache of 2 MB, not better-sqlite3's 16 MB, which the first connection's `PRAGMA optimize`
// would otherwise fill (an ANALYZE of the tables the previous run wrote to).
setSqlitePageCache(2000);

// Loaded once the environment is known to be valid: the database client reads it on import.
const { db } = await import("../lib/db/client");
const { runDigest } = await import("../lib/digest/run");

const started = performance.now();
try {
  const summary = await runDigest({ now, log: (line) => console.log(line) });
  const wallMs = Math.round(performance.now() - started);
  const maxRssBytes = ownPeakRss();
  console.log(
    `Digest ${summary.period}: ${summary.papers} papers, ${summary.sent} sent, ${summary.skipped} skipped, ${summary.failed} failed in ${wallMs} ms`,
  );
  if (values.json) console.log(JSON.stringify({ ...summary, wallMs, maxRssBytes }));
  process.exitCode = summary.failed > 0 ? 1 : 0;
} catch (error) {
  console.error(`The digest run stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
