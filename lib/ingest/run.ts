// An import run: fetch a source's day (every page, before anything is written), write what it
// gave, and record the run. The scheduled import catches up: every day of the last week, since the
// source's first successful import, that has no successful run made after the day ended is
// imported again, and today always is (the day's list grows and its counts change until it ends).
//
// No "server-only": `npm run import` (scripts/import.ts) runs this outside Next.
import { db } from "../db/client";
import { ImportStatus } from "../generated/prisma/enums";
import { dayToIso, shiftDay, today as todayOf, type Day } from "../papers/dates";
import type { PaperSource, SkippedEntry, SourceName } from "./types";
import { UpstreamError } from "./upstream-error";
import { writePapers, type WriteCounts } from "./write";

/** How many days back the scheduled import looks for days it missed, today included. */
export const CATCH_UP_DAYS = 7;

export interface ImportCounts extends WriteCounts {
  skipped: number;
  /** Source days (or id lists) that could not be imported at all. */
  failed: number;
}

export interface SkipReport extends SkippedEntry {
  source: SourceName;
}

export interface FailureReport {
  source: SourceName;
  /** The day, or "ids" for an import by id. */
  what: string;
  error: string;
}

export interface ImportSummary extends ImportCounts {
  skips: SkipReport[];
  failures: FailureReport[];
  /** Feed days whose pages changed. */
  days: Day[];
  /** Seed ids merged into arXiv records, old → new. */
  merged: Record<string, string>;
}

export interface RunOptions {
  log?: (line: string) => void;
  now?: Date;
}

function emptySummary(): ImportSummary {
  return { added: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0, skips: [], failures: [], days: [], merged: {} };
}

function merge(into: ImportSummary, part: ImportSummary): ImportSummary {
  into.added += part.added;
  into.updated += part.updated;
  into.unchanged += part.unchanged;
  into.skipped += part.skipped;
  into.failed += part.failed;
  into.skips.push(...part.skips);
  into.failures.push(...part.failures);
  into.days = [...new Set([...into.days, ...part.days])].sort();
  Object.assign(into.merged, part.merged);
  return into;
}

/** The message a failed run reports: an upstream's own words, or a pointer to the log for our faults. */
function describeFailure(error: unknown): string {
  if (error instanceof UpstreamError) return error.message;
  console.error(error);
  return "The papers could not be written; the server log has the details.";
}

async function fetchAndWrite(
  source: PaperSource,
  what: string,
  fetch: () => ReturnType<PaperSource["fetchDay"]>,
  feedDate: Day,
  log: (line: string) => void,
): Promise<ImportSummary> {
  const summary = emptySummary();
  try {
    const fetched = await fetch();
    log(`${source.name} ${what}: fetched ${fetched.papers.length} papers, ${fetched.skipped.length} entries skipped`);
    const written = await writePapers(fetched.papers, {
      feedDate,
      onBatch: (done, total, counts) =>
        log(`${source.name} ${what}: ${done}/${total} written (${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged)`),
    });
    summary.added = written.added;
    summary.updated = written.updated;
    summary.unchanged = written.unchanged;
    summary.skipped = fetched.skipped.length;
    summary.skips = fetched.skipped.map((entry) => ({ ...entry, source: source.name }));
    summary.days = [...written.days].sort();
    summary.merged = Object.fromEntries(written.merged);
  } catch (error) {
    const message = describeFailure(error);
    log(`${source.name} ${what}: failed: ${message}`);
    summary.failed = 1;
    summary.failures = [{ source: source.name, what, error: message }];
  }
  return summary;
}

/** Imports one day of one source and records the run, whether it succeeded or failed. */
export async function importDay(source: PaperSource, day: Day, { log = () => {}, now = new Date() }: RunOptions = {}): Promise<ImportSummary> {
  const startedAt = now;
  const summary = await fetchAndWrite(source, day, () => source.fetchDay(day), day, log);
  const { added, updated, unchanged, skipped } = summary;
  await db.importRun.create({
    data: {
      source: source.name,
      day,
      status: summary.failed ? ImportStatus.failed : ImportStatus.succeeded,
      added,
      updated,
      unchanged,
      skipped,
      error: summary.failures[0]?.error ?? null,
      startedAt,
    },
  });
  return summary;
}

/** Imports papers by id onto `feedDate` (new ones only; known ones keep their day). */
export async function importIds(source: PaperSource, ids: string[], feedDate: Day, { log = () => {} }: RunOptions = {}): Promise<ImportSummary> {
  return fetchAndWrite(source, "ids", () => source.fetchIds(ids), feedDate, log);
}

/** Imports each day from `from` to `to`, oldest first. */
export async function importDays(source: PaperSource, from: Day, to: Day, options: RunOptions = {}): Promise<ImportSummary> {
  const summary = emptySummary();
  for (let day = from; day <= to; day = shiftDay(day, 1)) merge(summary, await importDay(source, day, options));
  return summary;
}

/**
 * The days the scheduled import should fetch for the source: today, and each earlier day of the
 * last week, from the source's first successful import on, that is not complete. A day is
 * complete once a successful run of it started after the day ended: a run in the middle of a day
 * saw only part of its list.
 */
export async function daysToImport(source: SourceName, today: Day): Promise<Day[]> {
  const windowStart = shiftDay(today, -(CATCH_UP_DAYS - 1));
  const first = await db.importRun.findFirst({ where: { source, status: ImportStatus.succeeded }, orderBy: { day: "asc" }, select: { day: true } });
  if (!first) return [today];
  const runs = await db.importRun.findMany({
    where: { source, status: ImportStatus.succeeded, day: { gte: windowStart, lt: today } },
    select: { day: true, startedAt: true },
  });
  const complete = new Set(runs.filter((run) => run.startedAt >= new Date(dayToIso(shiftDay(run.day, 1)))).map((run) => run.day));
  const days: Day[] = [];
  for (let day = first.day > windowStart ? first.day : windowStart; day < today; day = shiftDay(day, 1)) {
    if (!complete.has(day)) days.push(day);
  }
  return [...days, today];
}

/** The scheduled job: for each source, the missed days of the last week, then today. */
export async function runScheduledImport(sources: PaperSource[], { log = () => {}, now = new Date() }: RunOptions = {}): Promise<ImportSummary> {
  const summary = emptySummary();
  const today = todayOf(now);
  for (const source of sources) {
    const days = await daysToImport(source.name, today);
    log(`${source.name}: importing ${days.join(", ")}`);
    for (const day of days) merge(summary, await importDay(source, day, { log, now }));
  }
  return summary;
}
