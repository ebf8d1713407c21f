// Command-line options shared by `npm run bench:data` and `npm run bench`.
import path from "node:path";
import { parseArgs } from "node:util";
import { parseDay } from "../../lib/papers/dates";
import { DEFAULT_DATASET, type DatasetOptions } from "./dataset";

export interface BenchArgs {
  smoke: boolean;
  /** Where the generated databases live (gitignored). */
  dir: string;
  dataset: DatasetOptions;
  /** Seconds of each load measurement, and how many runs to take the median of. */
  duration: number;
  runs: number;
  /** Seconds of unrecorded load before the runs. */
  warmup: number;
  /** Smoke: a fixed number of requests per connection instead of a duration, so it ends however slow. */
  requestsPerConnection?: number;
  /** First of the three ports the bench's servers listen on. */
  port: number;
  /** The checkout whose build is measured (its .next, node_modules and scripts): this one by default. */
  appDir: string;
  /**
   * Instances that measure the same load on PostgreSQL and Redis after the SQLite ones (issue
   * 15's table); 0 with --no-cluster, on a machine without PostgreSQL or for an older checkout.
   */
  instances: number;
  /** `--only a,b`: measure only these (page keys and MEASUREMENTS); null measures everything. */
  only: Set<string> | null;
}

/**
 * What `--only` accepts besides page keys: "search" (the search pages, under load and one at a
 * time), "votes" (with the API page they are compared with), and the measurements without a page.
 */
export const MEASUREMENTS = ["search", "votes", "javascript", "lighthouse", "import", "limits", "growth", "subscribe", "digest", "cluster"] as const;

const SMOKE = { papers: 300, votes: 600, subscribers: 40, runs: 1 };

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, not "${text}"`);
  return value;
}

/**
 * Ports base…base+4 for the full bench (base+3 and base+4: the PostgreSQL instances) and
 * base+10…base+14 for the smoke run, so that both can run at once; --port or BENCH_PORT moves the
 * base, so that two checkouts on one machine can too.
 */
function benchPort(option: string | undefined, smoke: boolean): number {
  const base = Math.round(positive("port", option ?? process.env.BENCH_PORT, 3300));
  return smoke ? base + 10 : base;
}

export const BENCH_USAGE = `npm run bench -- [options]
  --smoke               the tiny dataset and a few requests: shows that every measurement runs
  --only a,b            measure only these: page keys (day, week, month, paper, organization, trending,
                        search-model, search-diffusion, latestRss, …, api) and ${MEASUREMENTS.join(", ")}
                        ("search": the search pages and their one-at-a-time rows; "votes": with the api page)
  --dir DIR             where the generated databases live (bench/data/full; smoke: bench/data/smoke)
  --papers N --votes N --subscribers N --end DAY --seed N   the dataset (made again when they differ)
  --duration S --runs N seconds per run (10), runs per figure (3)
  --port N              first port (BENCH_PORT, 3300)
  --app-dir DIR         measure another checkout's build with this harness`;

export function parseBenchArgs(argv: string[] = process.argv.slice(2)): BenchArgs {
  if (argv.includes("--help")) {
    console.log(BENCH_USAGE);
    process.exit(0);
  }
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: "boolean", default: false },
      papers: { type: "string" },
      votes: { type: "string" },
      subscribers: { type: "string" },
      end: { type: "string" },
      seed: { type: "string" },
      dir: { type: "string" },
      duration: { type: "string" },
      runs: { type: "string" },
      port: { type: "string" },
      "app-dir": { type: "string" },
      "no-cluster": { type: "boolean", default: false },
      only: { type: "string" },
    },
  });
  const smoke = values.smoke;
  const base = smoke ? { ...DEFAULT_DATASET, ...SMOKE } : DEFAULT_DATASET;
  const end = values.end === undefined ? base.end : parseDay(values.end);
  if (!end) throw new Error(`--end must be a day such as 2026-06-22, not "${values.end}"`);
  const dataset: DatasetOptions = {
    papers: Math.round(positive("papers", values.papers, base.papers)),
    votes: Math.round(positive("votes", values.votes, base.votes)),
    subscribers: Math.round(positive("subscribers", values.subscribers, base.subscribers)),
    end,
    seed: Math.round(positive("seed", values.seed, base.seed)),
  };
  return {
    smoke,
    dir: values.dir ?? (smoke ? "bench/data/smoke" : "bench/data/full"),
    dataset,
    duration: positive("duration", values.duration, 10),
    runs: Math.round(positive("runs", values.runs, smoke ? SMOKE.runs : 3)),
    warmup: smoke ? 0 : 3,
    ...(smoke && { requestsPerConnection: 2 }),
    port: benchPort(values.port, smoke),
    appDir: path.resolve(values["app-dir"] ?? "."),
    instances: values["no-cluster"] ? 0 : 2,
    only: values.only === undefined ? null : new Set(values.only.split(",").map((name) => name.trim()).filter(Boolean)),
  };
}
