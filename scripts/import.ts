// `npm run import -- --source hf|arxiv [--date D | --from D --to D] [--ids 2406.12345,…]`: imports
// papers now, as the scheduled route does, with a line of progress per batch and a summary naming
// what was skipped and why. Without --date, --from/--to or --ids it imports today. `--json` ends
// with one line of JSON for scripts and the benchmark.
import "../lib/db/load-env-files";
import { parseArgs } from "node:util";
import { db } from "../lib/db/client";
import { importDays, importIds, type ImportSummary } from "../lib/ingest/run";
import { sourceNamed } from "../lib/ingest/sources";
import { parseDay, today } from "../lib/papers/dates";
import { ownPeakRss } from "./lib/process-memory";

const USAGE =
  "usage: npm run import -- --source hf|arxiv [--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD] [--ids 2406.12345,…] [--json]";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function day(option: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return parseDay(text) ?? fail(`--${option} must be a day like 2026-06-22 (got "${text}")`);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      source: { type: "string", default: "hf" },
      date: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      ids: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { values } = parsed;
if (values.source !== "hf" && values.source !== "arxiv") fail(`--source must be hf or arxiv (got "${values.source}")`);
if (values.date && (values.from || values.to)) fail("give --date or --from/--to, not both");
if (Boolean(values.from) !== Boolean(values.to)) fail("--from and --to go together");
const date = day("date", values.date);
const from = day("from", values.from) ?? date ?? today();
const to = day("to", values.to) ?? date ?? today();
if (from > to) fail(`--from ${from} is after --to ${to}`);
const ids = values.ids
  ?.split(",")
  .map((id) => id.trim())
  .filter(Boolean);
if (values.ids !== undefined && !ids?.length) fail("--ids needs at least one arXiv id");

function describe(summary: ImportSummary): string[] {
  const lines = [
    `Imported from ${values.source}: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.skipped} skipped, ${summary.failed} failed`,
  ];
  for (const [old, id] of Object.entries(summary.merged))
    lines.push(`  merged seed paper ${old} into ${id} (its old address redirects)`);
  for (const skip of summary.skips) lines.push(`  skipped ${skip.ref}: ${skip.reason}`);
  for (const failure of summary.failures) lines.push(`  failed ${failure.what}: ${failure.error}`);
  return lines;
}

const source = sourceNamed(values.source);
const log = (line: string) => console.log(line);
const started = performance.now();
try {
  const summary = ids
    ? await importIds(source, ids, date ?? today(), { log })
    : await importDays(source, from, to, { log });
  const wallMs = Math.round(performance.now() - started);
  for (const line of describe(summary)) console.log(line);
  console.log(`Done in ${(wallMs / 1000).toFixed(1)} s`);
  if (values.json) {
    const { added, updated, unchanged, skipped, failed } = summary;
    console.log(
      JSON.stringify({
        added,
        updated,
        unchanged,
        skipped,
        failed,
        wallMs,
        maxRssBytes: ownPeakRss(),
      }),
    );
  }
  process.exitCode = summary.failed > 0 ? 1 : 0;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
