// `npm run soak`: the production app on a copy of the bench's 100,000-paper database under a fixed
// rate of mixed traffic (feeds, paper and feed pages, search, votes, subscriptions) for 10 minutes,
// then the checks of issue 12: no 5xx, the server's memory grown by at most 10% after the first
// minute, and every count exact (each paper's upvotes = imported + vote rows; the vote rows and the
// subscribers exactly those the app acknowledged). Not part of `npm test` or CI.
//   npm run soak -- --minutes 2 --rate 100      (also: --dir, --port, --app-dir, and the data options of the bench)
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { runBin } from "../lib/run";
import { startSmtpSink } from "../lib/smtp-sink";
import { parseBenchArgs } from "../bench/args";
import { ensureDataset } from "../bench/dataset";
import { startApp } from "../bench/servers";
import { countDrift } from "../bench/votes";
import { groupRss } from "../lib/process-memory";
import { SOAK_EMAIL_DOMAIN, soakTraffic, type Ledger } from "./traffic";

const SAMPLE_MS = 5_000;
const MAX_GROWTH = 0.1;

function options() {
  const own = { minutes: { type: "string" as const }, rate: { type: "string" as const } };
  const { values, tokens } = parseArgs({ options: own, strict: false, tokens: true });
  // The rest are the bench's options (dataset, port, app dir), handed on in order: not knowing
  // them, parseArgs reads `--dir DIR` as a flag and a positional DIR.
  const rest = tokens.flatMap((token) => {
    if (token.kind === "positional") return [token.value];
    if (token.kind !== "option" || token.name in own) return [];
    return [token.rawName, ...(token.value === undefined ? [] : [token.value])];
  });
  const minutes = Number(values.minutes ?? 10);
  const rate = Number(values.rate ?? 100);
  if (!(minutes > 0) || !(rate > 0)) throw new Error("--minutes and --rate must be positive numbers");
  return { minutes, rate, bench: parseBenchArgs(rest) };
}

/** Upvote rows and subscribers against what the app acknowledged: the differences, as text. */
function countProblems(database: string, ledger: Ledger, since: string): string[] {
  const db = new Database(database, { readonly: true });
  try {
    const rows = new Set(
      (
        db.prepare("SELECT paperId, voterId FROM Upvote WHERE createdAt >= ?").all(since) as {
          paperId: string;
          voterId: string;
        }[]
      ).map((row) => `${row.paperId} ${row.voterId}`),
    );
    const expected = new Set([...ledger.votes].filter(([, upvoted]) => upvoted).map(([key]) => key));
    const subscribers = new Set(
      (
        db.prepare("SELECT email FROM Subscriber WHERE email LIKE ?").all(`%@${SOAK_EMAIL_DOMAIN}`) as {
          email: string;
        }[]
      ).map((row) => row.email),
    );
    const problems: string[] = [];
    // A write whose answer never came may be there or not; any other must be exactly as answered.
    const known = (key: string) => !ledger.unanswered.has(key);
    const missing = [...expected].filter((key) => known(key) && !rows.has(key)).length;
    const extra = [...rows].filter((key) => known(key) && !expected.has(key)).length;
    if (missing || extra)
      problems.push(`vote rows: ${missing} acknowledged but missing, ${extra} present but not acknowledged`);
    const drift = countDrift(database);
    if (drift) problems.push(`${drift} papers whose upvotes ≠ imported + vote rows`);
    const unsaved = [...ledger.subscribed].filter((email) => !subscribers.has(email)).length;
    const unasked = [...subscribers].filter((email) => known(email) && !ledger.subscribed.has(email)).length;
    if (unsaved || unasked)
      problems.push(`subscribers: ${unsaved} accepted but missing, ${unasked} stored but never accepted`);
    return problems;
  } finally {
    db.close();
  }
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

async function soak(): Promise<boolean> {
  const { minutes, rate, bench } = options();
  if (!existsSync(path.join(bench.appDir, ".next", "BUILD_ID"))) runBin("next", ["build"]);
  const dataset = ensureDataset(bench.dir, bench.dataset, console.log);
  const work = path.join(bench.dir, "soak");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const database = path.join(work, "soak.db");
  copyFileSync(dataset.full, database);

  const sink = await startSmtpSink();
  const port = bench.port + 5;
  const started = new Date();
  const app = await startApp({
    appDir: bench.appDir,
    database,
    port,
    readyPath: "/",
    extraEnv: { SMTP_URL: `smtp://127.0.0.1:${sink.port}` },
  });
  const samples: { at: number; rss: number }[] = [];
  try {
    const { options: traffic, ledger } = soakTraffic(database, app.url);
    const timer = setInterval(
      () => samples.push({ at: Date.now() - started.getTime(), rss: groupRss(app.pid) }),
      SAMPLE_MS,
    );
    console.log(`soak: ${minutes} min at ${rate} req/s against ${app.url} (${bench.appDir})`);
    const result = await autocannon({
      ...traffic,
      url: app.url,
      connections: 16,
      overallRate: rate,
      duration: minutes * 60,
      timeout: 30,
    });
    clearInterval(timer);

    const statuses = Object.entries(ledger.statuses).map(([kind, byClass]) => `${kind} ${JSON.stringify(byClass)}`);
    const serverErrors = Object.values(ledger.statuses).reduce((sum, byClass) => sum + (byClass["5xx"] ?? 0), 0);
    // Memory: the mean of the first half-minute after the first minute, against the last half-minute's.
    const afterFirstMinute = samples
      .filter((sample) => sample.at >= 60_000 && sample.at < 90_000)
      .map((sample) => sample.rss);
    const lastHalfMinute = samples
      .filter((sample) => sample.at >= minutes * 60_000 - 30_000)
      .map((sample) => sample.rss);
    const growth = mean(lastHalfMinute) / mean(afterFirstMinute) - 1;
    const problems = countProblems(database, ledger, started.toISOString().replace("Z", "+00:00"));

    console.log(
      `\nrequests: ${result.requests.total} (${Math.round(result.requests.average)}/s), ${result.errors} connection errors, ${result.timeouts} timeouts; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    );
    console.log(`answers: ${statuses.join("; ")}`);
    console.log(
      `server RSS: ${MB(mean(afterFirstMinute))} after the first minute, ${MB(mean(lastHalfMinute))} at the end (${(growth * 100).toFixed(1)}%), peak ${MB(Math.max(...samples.map((s) => s.rss)))}`,
    );
    console.log(
      `votes answered: ${ledger.votes.size}; subscriptions accepted: ${ledger.subscribed.size}; writes never answered: ${ledger.unanswered.size}; mail received: ${sink.received()}`,
    );
    const checks: [string, boolean][] = [
      ["no 5xx", serverErrors === 0],
      [`RSS growth ≤ ${MAX_GROWTH * 100}% after the first minute`, afterFirstMinute.length > 0 && growth <= MAX_GROWTH],
      [`every count exact${problems.length ? ` (${problems.join("; ")})` : ""}`, problems.length === 0],
    ];
    for (const [check, ok] of checks) console.log(`${ok ? "met" : "NOT MET"}: ${check}`);
    return checks.every(([, ok]) => ok);
  } finally {
    await app.stop();
    await sink.close();
  }
}

try {
  process.exit((await soak()) ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
