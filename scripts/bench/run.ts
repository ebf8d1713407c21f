// `npm run bench` (`-- --smoke` for the tiny version the tests run): builds the app if there is no
// build, generates the dataset if it is missing, then measures everything in one run, prints a
// table against the goals and writes bench/results.json. It exits non-zero when a measurement
// could not run, never because a goal was missed.
//
// `--app-dir DIR` measures another checkout's build (its `next start` and digest script) on the
// same data, with this checkout's harness, so that a before and an after come from one sitting.
//
// Then the day page, votes and the digest again on two instances over a scratch PostgreSQL and
// Redis (cluster.ts), for issue 15's table of one SQLite instance against them; `--no-cluster`
// leaves them out (a machine without PostgreSQL, or a checkout from before it).
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runBin } from "../lib/run";
import { MEASUREMENTS, parseBenchArgs, type BenchArgs } from "./args";
import { eachRequestAnotherPath, eachRequestFromNewClient, laterPages } from "./clients";
import { ensureDataset, type Dataset } from "./dataset";
import { DIGEST_BENCH_HOUR } from "./bulk-insert";
import { shiftDay } from "../../lib/papers/dates";
import { withBenchCluster, type ClusterFigures } from "./cluster";
import { measureDigest, measureDigestTogether } from "./digest";
import { IMPORT_SCRIPT, measureImport } from "./import";
import { httpRequest } from "./http";
import { measureLoad, type LoadFigures, type LoadSpec } from "./load";
import { measureJavaScript } from "./page-weight";
import { benchPages, DAY_PAGE, firstViewPaths, LIGHTHOUSE_PAGES, SEARCH_WORDS, type PageTarget } from "./pages";
import { formatComparison, formatTable, goalRows, isFailed, writeResults, type BenchResults, type Maybe, type PageFigures } from "./report";
import { measureSubscribeTiming } from "./subscribe";
import { startApp, startLimitServer, stopEverything, type Server } from "./servers";
import { countDrift, countDriftOnPostgres, measureVotes, paperIdsOf } from "./votes";

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

async function withServer<T>(start: () => Promise<Server>, measure: (server: Server) => Promise<T>): Promise<T> {
  const server = await start();
  try {
    return await measure(server);
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

interface SavedBody {
  file: string;
  contentType: string;
  bytes: number;
}

/** The response's bytes and content type, saved for the limit server to serve. */
async function saveResponse(url: string, file: string): Promise<SavedBody> {
  const answer = await httpRequest(url, { headers: { "x-forwarded-for": "10.255.255.254" } });
  if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`);
  writeFileSync(file, answer.body);
  return { file, contentType: answer.contentType || "application/octet-stream", bytes: answer.body.length };
}

/** The pages `--only` asks for (all of them without it); an unknown name is an error. */
function pagesToMeasure(pages: PageTarget[], only: Set<string> | null): PageTarget[] {
  if (only === null) return pages;
  const known = [...pages.map((page) => page.key), ...MEASUREMENTS];
  const unknown = [...only].filter((name) => !known.includes(name));
  if (unknown.length) throw new Error(`--only: unknown ${unknown.join(", ")}; choose from ${known.join(", ")}`);
  return pages.filter((page) => only.has(page.key) || (page.search && only.has("search")) || (page.key === "api" && only.has("votes")));
}

async function bench(args: BenchArgs): Promise<BenchResults> {
  if (!existsSync(path.join(args.appDir, ".next", "BUILD_ID"))) {
    if (args.appDir !== path.resolve(".")) throw new Error(`--app-dir ${args.appDir} has no build (.next/BUILD_ID): run npm run build there first`);
    log("build: no .next/BUILD_ID, running next build");
    runBin("next", ["build"]);
  }
  const dataset = ensureDataset(args.dir, args.dataset, log);
  const work = workingCopies(dataset, args.dir);
  const day = dataset.meta.benchDay;
  const allPages = benchPages(work.full, day);
  const pages = pagesToMeasure(allPages, args.only);
  const wanted = (measurement: (typeof MEASUREMENTS)[number]) => args.only === null || args.only.has(measurement);
  /** The measurement, or undefined when --only leaves it out. */
  const ifWanted = <T>(measurement: (typeof MEASUREMENTS)[number], measure: () => Promise<Maybe<T>>) =>
    wanted(measurement) ? measure() : Promise.resolve(undefined);
  const { port, appDir, duration, runs, warmup, requestsPerConnection } = args;
  const timing = { duration, runs, warmup, requestsPerConnection };
  const pageSpec = (page: PageTarget, url: string | string[]): LoadSpec => ({
    ...timing,
    label: page.name,
    url,
    connections: 32,
    strict: true,
    ...(page.search && { options: eachRequestFromNewClient }),
  });
  const bodies = new Map<string, Maybe<SavedBody>>();
  const dayPage = allPages.find((page) => page.key === DAY_PAGE)!;
  const dayPath = dayPage.path;

  const onFull = await withServer(
    () => startApp({ appDir, database: work.full, port, readyPath: dayPath }),
    async (app) => {
      const loads: Record<string, Maybe<PageFigures>> = {};
      for (const page of pages) {
        const body = await attempt(`${page.name} (saving its answer)`, () => saveResponse(app.url + page.path, path.join(work.dir, `${page.key}.body`)));
        bodies.set(page.key, body);
        loads[page.key] = isFailed(body)
          ? body
          : await attempt(page.name, async () => ({ ...(await measureLoad(pageSpec(page, app.url + page.path), log)), bytes: body.bytes }));
      }
      // One request at a time, over pages no request before has cached: the time a person waits
      // when the server is not busy.
      const oneAtATime = (page: PageTarget, label: string, paths: string[]) =>
        attempt(label, () =>
          measureLoad(
            { ...pageSpec(page, app.url + page.path), label, connections: 1, warmup: 0, runs: 1, requestsPerConnection: paths.length, options: eachRequestAnotherPath(paths) },
            log,
          ),
        );
      // Later pages of each search's results (?p=1, 2, …).
      const searchAlone: Record<string, Maybe<LoadFigures>> = {};
      for (const word of SEARCH_WORDS) {
        const page = pages.find((target) => target.key === `search-${word}`);
        if (page) searchAlone[word] = await oneAtATime(page, `${page.name}, one at a time`, laterPages(page.path));
      }
      // Paper pages nobody has opened: each rendered on its request, "more like this" included.
      const paperPage = pages.find((page) => page.key === "paper");
      const firstViews = paperPage && (await oneAtATime(paperPage, "paper pages, first views, one at a time", firstViewPaths(work.full, paperPage.path)));
      return {
        loads,
        searchAlone,
        firstViews,
        javascript: await ifWanted("javascript", () => attempt("JavaScript", () => measureJavaScript(app.url, pages, appDir))),
        lighthouse: await ifWanted("lighthouse", () =>
          attempt("Lighthouse", async () => {
            // Loaded only here: Lighthouse is a large package the other measurements do without.
            const { measureLighthouse } = await import("./lighthouse");
            const targets = LIGHTHOUSE_PAGES.map((key) => ({ name: key, path: allPages.find((page) => page.key === key)!.path }));
            return measureLighthouse(app.url, targets, args.smoke ? 1 : 3, work.dir);
          }),
        ),
        subscribing: await ifWanted("subscribe", () =>
          attempt("subscribe", () => measureSubscribeTiming(app.url, work.full, args.smoke ? 5 : 50)),
        ),
        // Last: votes drop the cached answers the pages above were served from.
        votes: await ifWanted("votes", () =>
          attempt("votes", () =>
            measureVotes([app], {
              papers: paperIdsOf(work.full, day),
              drift: () => countDrift(work.full),
              spec: timing,
              log,
              apiPath: allPages.find((page) => page.key === "api")!.path,
            }),
          ),
        ),
        // One run, no warm-up: the load must overlap the import, not outlast it. An older
        // checkout without the import command has no row to fill ("not in this checkout").
        importing: !existsSync(path.join(appDir, IMPORT_SCRIPT)) || !wanted("import")
          ? undefined
          : await attempt("import", () =>
          measureImport({
            appDir,
            database: work.full,
            appUrl: app.url,
            dayPageUrl: app.url + dayPath,
            papers: args.smoke ? 300 : 10_000,
            spec: { ...pageSpec(dayPage, app.url + dayPath), runs: 1, warmup: 0 },
            log,
          }),
        ),
      };
    },
  );
  const limits: Record<string, Maybe<PageFigures>> = {};
  for (const page of wanted("limits") ? pages : []) {
    const body = bodies.get(page.key);
    if (!body || isFailed(body)) continue;
    // The bare server's figure hardly varies: one run after a short warm-up is enough.
    const spec = (server: Server): LoadSpec => ({ ...pageSpec(page, server.url + page.path), label: `limit (${page.name})`, runs: 1, warmup: Math.min(1, warmup) });
    limits[page.key] = await attempt(`limit (${page.name})`, () =>
      withServer(
        () => startLimitServer(body.file, body.contentType, port + 2),
        async (server) => ({ ...(await measureLoad(spec(server), log)), bytes: body.bytes }),
      ),
    );
  }
  const oneDayPage = await ifWanted("growth", () => attempt("one-day page", () =>
    withServer(
      () => startApp({ appDir, database: work.oneDay, port: port + 1, readyPath: dayPath }),
      (app) => measureLoad({ ...pageSpec(dayPage, app.url + dayPath), label: "day page, one-day database" }, log),
    ),
  ));
  // The app is stopped: the digest has the machine to itself, as a scheduled job would at night.
  // As of noon UTC after the last feed day, when every generated reader's hour has come (bulk-insert.ts).
  const digestNow = `${shiftDay(dataset.meta.options.end, 1)}T${String(DIGEST_BENCH_HOUR).padStart(2, "0")}:00:00Z`;
  const digest = await ifWanted("digest", () => attempt("digest", () =>
    measureDigest({ appDir, database: work.full, appUrl: `http://127.0.0.1:${port}`, log, now: digestNow }),
  ));

  // The same measurements on the instances, from the generated dataset (untouched by the votes and
  // the digest above): the day page, then votes (which drop its cache), then the digests.
  const clusterSetting = { appDir, source: dataset.full, instances: args.instances, port: port + 3, readyPath: dayPath, dir: work.dir, log };
  const cluster: Maybe<ClusterFigures> | undefined = !args.instances || !wanted("cluster")
    ? undefined
    : await attempt(`PostgreSQL ×${args.instances}`, () =>
        withBenchCluster(clusterSetting, async ({ apps, databaseUrl, redisUrl }, copySeconds) => ({
          instances: apps.length,
          copySeconds,
          dayPage: await attempt("day page, instances", () =>
            measureLoad({ ...pageSpec(dayPage, apps.map((app) => app.url + dayPath)), label: `day page, PostgreSQL ×${apps.length}` }, log),
          ),
          votes: await attempt("votes, instances", () =>
            measureVotes(apps, { papers: paperIdsOf(dataset.full, day), drift: () => countDriftOnPostgres(databaseUrl), spec: timing, log }),
          ),
          digest: await attempt("digest, instances", () =>
            measureDigestTogether({ appDir, database: databaseUrl, appUrl: apps[0].url, log, now: digestNow, extraEnv: { REDIS_URL: redisUrl } }, apps.length),
          ),
        })),
      );

  return {
    mode: args.smoke ? "smoke" : "full",
    appDir,
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", node: process.version },
    dataset: dataset.meta,
    method:
      `autocannon, ${warmup} s warm-up then ${runs} run(s) of ` +
      (requestsPerConnection ? `${requestsPerConnection} requests per connection` : `${duration} s`) +
      " (the bare server: one run); each figure is the median of its runs; pages at 32 connections, votes at 64",
    pages: pages.map(({ key, name, path: pagePath, minRps }) => ({ key, name, path: pagePath, minRps })),
    ...onFull,
    limits,
    oneDayPage,
    digest,
    cluster,
  };
}

// The servers run in process groups of their own, which an interrupt does not reach.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`${signal}: stopping the bench's servers`);
    void stopEverything().finally(() => process.exit(128 + os.constants.signals[signal]));
  });
}

try {
  const args = parseBenchArgs();
  const results = await bench(args);
  const rows = goalRows(results);
  console.log(`\n${results.mode} bench of ${results.appDir}, ${results.dataset.options.papers.toLocaleString("en-US")} papers, day ${results.dataset.benchDay}; ${results.method}\n`);
  if (args.smoke) console.log("(smoke: these figures only show that every measurement runs; they measure nothing)\n");
  console.log(formatTable(rows));
  const comparison = formatComparison(results);
  if (comparison) console.log(`\nOne SQLite instance and ${args.instances} instances on PostgreSQL and Redis, the same load:\n\n${comparison}`);
  const file = args.smoke ? path.join(args.dir, "results.json") : path.join("bench", "results.json");
  writeResults(file, results, rows);
  console.log(`\nwritten to ${file}`);
  if (rows.some((row) => row.status === "failed")) process.exit(1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
