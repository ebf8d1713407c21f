// `npm run bench` (`-- --smoke` for the tiny version the tests run): builds the app if there is no
// build, generates the dataset if it is missing, then measures everything in one run, prints a
// table against the goals and writes bench/results.json. It exits non-zero when a measurement
// could not run, never because a goal was missed.
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runBin } from "../lib/run";
import { parseBenchArgs, type BenchArgs } from "./args";
import { ensureDataset, type Dataset } from "./dataset";
import { measureDigest } from "./digest";
import { measureImport } from "./import";
import { measureLoad, type LoadSpec } from "./load";
import { measurePageWeight } from "./page-weight";
import { httpRequest } from "./http";
import { formatTable, goalRows, isFailed, writeResults, type BenchResults, type Maybe } from "./report";
import { startApp, startLimitServer, type Server } from "./servers";
import { measureVotes } from "./votes";

const log = (line: string) => console.log(line);

/** Runs one measurement; a failure is recorded in its place so that the others still run. */
async function attempt<T>(name: string, measure: () => Promise<T>): Promise<Maybe<T>> {
  try {
    return await measure();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${name} failed: ${message}`);
    return { error: message };
  }
}

async function withServer<T>(start: () => Promise<Server>, use: (server: Server) => Promise<T>): Promise<T> {
  const server = await start();
  try {
    return await use(server);
  } finally {
    await server.stop();
  }
}

/** Fresh copies of the generated databases: votes and the digest write to them. */
function workingCopies(dataset: Dataset, dir: string): { full: string; oneDay: string; dir: string } {
  const work = path.join(dir, "run");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const full = path.join(work, "bench.db");
  const oneDay = path.join(work, "one-day.db");
  copyFileSync(dataset.full, full);
  copyFileSync(dataset.oneDay, oneDay);
  return { full, oneDay, dir: work };
}

/** The response's bytes and content type, saved for the limit server to serve. */
async function saveResponse(url: string, file: string): Promise<string> {
  const answer = await httpRequest(url);
  if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`);
  writeFileSync(file, answer.body);
  return answer.contentType || "application/octet-stream";
}

async function bench(args: BenchArgs): Promise<BenchResults> {
  if (!existsSync(".next/BUILD_ID")) {
    log("build: no .next/BUILD_ID, running next build");
    runBin("next", ["build"]);
  }
  const dataset = ensureDataset(args.dir, args.dataset, log);
  const work = workingCopies(dataset, args.dir);
  const day = dataset.meta.benchDay;
  const paths = { day: `/papers/date/${day}`, api: `/api/daily_papers?date=${day}` };
  // Ports 33xx: the full bench and the smoke run use different ones, so both can run at once;
  // BENCH_PORT moves them, so that two checkouts on one machine can run their benches at once.
  const port = Number(process.env.BENCH_PORT ?? (args.smoke ? 3310 : 3300));
  const { duration, runs, warmup, requestsPerConnection } = args;
  const timing = { duration, runs, warmup, requestsPerConnection };
  const pageSpec = (label: string, url: string): LoadSpec => ({ ...timing, label, url, connections: 32, strict: true });
  const bodies = { day: path.join(work.dir, "day-page.body"), api: path.join(work.dir, "api.body") };
  const types: Partial<Record<keyof typeof bodies, string>> = {};

  const onFull = await withServer(
    () => startApp(work.full, port, paths.day),
    async (app) => {
      types.day = await saveResponse(app.url + paths.day, bodies.day);
      types.api = await saveResponse(app.url + paths.api, bodies.api);
      return {
        pageWeight: await attempt("page weight", () => measurePageWeight(app.url + paths.day)),
        dayPage: await attempt("day page", () => measureLoad(pageSpec("day page", app.url + paths.day), log)),
        api: await attempt("api", () => measureLoad(pageSpec("daily_papers API", app.url + paths.api), log)),
        votes: await attempt("votes", () => measureVotes(app, { database: work.full, day, spec: timing, log })),
        // One run, no warm-up: the load must overlap the import, not outlast it.
        importing: await attempt("import", () =>
          measureImport({ database: work.full, appUrl: app.url, dayPageUrl: app.url + paths.day, papers: args.smoke ? 300 : 10_000, spec: { ...pageSpec("", ""), runs: 1, warmup: 0 }, log }),
        ),
      };
    },
  );
  const limit = (name: keyof typeof bodies) =>
    attempt(`limit (${name})`, () =>
      withServer(
        () => startLimitServer(bodies[name], types[name]!, port + 2),
        (server) => measureLoad(pageSpec(`limit (${name})`, server.url + paths[name]), log),
      ),
    );
  const limitDayPage = await limit("day");
  const limitApi = await limit("api");
  const oneDayPage = await attempt("one-day page", () =>
    withServer(
      () => startApp(work.oneDay, port + 1, paths.day),
      (app) => measureLoad(pageSpec("day page, one-day database", app.url + paths.day), log),
    ),
  );
  // The app is stopped: the digest has the machine to itself, as a scheduled job would at night.
  const digest = await attempt("digest", () =>
    measureDigest({ database: work.full, appUrl: `http://127.0.0.1:${port}`, log }),
  );

  return {
    mode: args.smoke ? "smoke" : "full",
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", node: process.version },
    dataset: dataset.meta,
    method:
      `autocannon, ${warmup} s warm-up then ${runs} run(s) of ` +
      (requestsPerConnection ? `${requestsPerConnection} requests per connection` : `${duration} s`) +
      "; each figure is the median of its runs; pages at 32 connections, votes at 64",
    ...onFull,
    limitDayPage,
    limitApi,
    oneDayPage,
    digest,
  };
}

try {
  const args = parseBenchArgs();
  const results = await bench(args);
  const rows = goalRows(results);
  console.log(`\n${results.mode} bench, ${results.dataset.options.papers.toLocaleString("en-US")} papers, day ${results.dataset.benchDay}; ${results.method}\n`);
  if (args.smoke) console.log("(smoke: these figures only show that every measurement runs; they measure nothing)\n");
  console.log(formatTable(rows));
  const file = args.smoke ? path.join(args.dir, "results.json") : path.join("bench", "results.json");
  writeResults(file, results, rows);
  console.log(`\nwritten to ${file}`);
  const failures = Object.values(results).filter((value) => typeof value === "object" && value !== null && isFailed(value as Maybe<unknown>));
  if (failures.length > 0) process.exit(1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
