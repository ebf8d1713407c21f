// The benchmark's synthetic database: migrated with the real migrations, then filled in bulk
// with better-sqlite3 (prepared statements in large transactions), written to its own files
// under bench/data/ and never to the app's database. A second file holds only the bench day's
// papers, for the growth comparison.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { shiftDay, today, type Day } from "../../lib/papers/dates";
import { runBin } from "../lib/run";
import { insertPapersAndVotes, insertSubscribers, storedDateTime } from "./bulk-insert";
import { createRng } from "./synthetic";

export interface DatasetOptions {
  papers: number;
  votes: number;
  subscribers: number;
  /** The last feed day; votes end at the close of it. Same options, same data. */
  end: Day;
  seed: number;
}

/** Bump when the generator's output changes, so that older data is regenerated. */
const GENERATOR_VERSION = 3;

export interface DatasetMeta {
  generator: number;
  /** The migrations the data was made with: data made before a new one is made again. */
  migrations: string[];
  options: DatasetOptions;
  /** A day with exactly 50 papers (fewer in tiny datasets), the one the bench requests. */
  benchDay: Day;
  papersOnBenchDay: number;
  generatedAt: string;
  seconds: number;
}

export interface Dataset {
  /** The full database and the one holding only the bench day's papers. */
  full: string;
  oneDay: string;
  meta: DatasetMeta;
}

export const DEFAULT_DATASET: DatasetOptions = {
  papers: 100_000,
  votes: 1_000_000,
  subscribers: 100_000,
  end: shiftDay(today(), -1),
  seed: 20260622,
};

/** The migrations of this checkout, by name. */
function migrationNames(): string[] {
  return readdirSync(path.join("prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const files = (dir: string) => ({
  full: path.join(dir, "bench.db"),
  oneDay: path.join(dir, "one-day.db"),
  template: path.join(dir, "migrated.db"),
  meta: path.join(dir, "meta.json"),
});

type Log = (line: string) => void;

function readMeta(dir: string): DatasetMeta | null {
  const { meta, full, oneDay } = files(dir);
  if (![meta, full, oneDay].every((file) => existsSync(file))) return null;
  return JSON.parse(readFileSync(meta, "utf8")) as DatasetMeta;
}

/** The dataset in `dir`, generated first when it is missing or was made with other options. */
export function ensureDataset(dir: string, options: DatasetOptions, log: Log): Dataset {
  const meta = readMeta(dir);
  const same =
    meta &&
    meta.generator === GENERATOR_VERSION &&
    JSON.stringify(meta.migrations) === JSON.stringify(migrationNames()) &&
    JSON.stringify(meta.options) === JSON.stringify(options);
  if (same) {
    log(`data: reusing ${dir} (generated ${meta.generatedAt})`);
    return { ...files(dir), meta };
  }
  log(meta ? `data: ${dir} was made by another generator, other migrations or other options (or end day); regenerating` : `data: generating into ${dir}`);
  return generateDataset(dir, options, log);
}

/** The feed days from `end` backwards, ~50 papers each, with exactly 50 on the bench day. */
function planDays(options: DatasetOptions, rng: () => number): { days: { day: Day; papers: number }[]; benchDay: Day } {
  const benchOffset = Math.min(30, Math.floor(options.papers / 100));
  const days: { day: Day; papers: number }[] = [];
  let left = options.papers;
  for (let offset = 0; left > 0; offset++) {
    const wanted = offset === benchOffset ? 50 : 40 + Math.floor(rng() * 21);
    const papers = Math.min(left, wanted);
    days.push({ day: shiftDay(options.end, -offset), papers });
    left -= papers;
  }
  const bench = days[Math.min(benchOffset, days.length - 1)];
  return { days: days.reverse(), benchDay: bench.day };
}

function openForBulkLoad(file: string): Database.Database {
  const db = new Database(file);
  // Loading only: no journal and no fsync (a failed load is simply regenerated), a big cache.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -524288");
  return db;
}

/** Leaves the file as `npm start` leaves the app's (WAL, see scripts/lib/prepare-database.ts). */
function finish(db: Database.Database): void {
  db.pragma("journal_mode = WAL");
  db.close();
}

/** Only the bench day's papers and their votes, copied from the full database. */
function fillOneDay(file: string, full: string, benchDay: Day): number {
  const db = openForBulkLoad(file);
  db.prepare("ATTACH DATABASE ? AS src").run(full);
  const copy = db.transaction(() => {
    db.exec("INSERT INTO Organization SELECT * FROM src.Organization");
    const papers = db.prepare("INSERT INTO Paper SELECT * FROM src.Paper WHERE feedDate = ?").run(benchDay).changes;
    // The votes copied next count themselves in (the Upvote triggers).
    db.exec(`UPDATE Paper SET upvotes = importedUpvotes`);
    db.prepare(
      "INSERT INTO Upvote SELECT u.* FROM src.Upvote u JOIN src.Paper p ON p.id = u.paperId WHERE p.feedDate = ?",
    ).run(benchDay);
    return papers;
  });
  const papers = copy();
  db.exec("DETACH DATABASE src");
  finish(db);
  return papers;
}

export function generateDataset(dir: string, options: DatasetOptions, log: Log): Dataset {
  const started = Date.now();
  const paths = files(dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  log("data: migrating with prisma migrate deploy");
  runBin("prisma", ["migrate", "deploy"], { DATABASE_URL: `file:${path.resolve(paths.template)}` });
  const partial = `${paths.full}.partial`;
  copyFileSync(paths.template, partial);

  const rng = createRng(options.seed);
  const { days, benchDay } = planDays(options, rng);
  const db = openForBulkLoad(partial);
  // Votes are cast up to the end of the last feed day, so the last week has recent upvotes.
  const until = Date.parse(`${shiftDay(options.end, 1)}T00:00:00Z`);
  insertPapersAndVotes(db, { rng, days, votes: options.votes, until, log });
  insertSubscribers(db, { rng, count: options.subscribers, until, log });
  log("data: switching to WAL");
  finish(db);
  renameSync(partial, paths.full);

  copyFileSync(paths.template, paths.oneDay);
  const papersOnBenchDay = fillOneDay(paths.oneDay, paths.full, benchDay);
  rmSync(paths.template);

  const meta: DatasetMeta = {
    generator: GENERATOR_VERSION,
    migrations: migrationNames(),
    options,
    benchDay,
    papersOnBenchDay,
    generatedAt: storedDateTime(Date.now()),
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
  writeFileSync(paths.meta, `${JSON.stringify(meta, null, 2)}\n`);
  log(`data: done in ${meta.seconds} s; bench day ${benchDay} has ${papersOnBenchDay} papers`);
  return { full: paths.full, oneDay: paths.oneDay, meta };
}
