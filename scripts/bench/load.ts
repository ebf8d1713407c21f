// One load measurement with autocannon: a warm-up that is thrown away, then `runs` timed runs, of
// which each figure's median is kept (throughput, p50 and p99 each the median of its own runs).
import autocannon from "autocannon";
import { httpRequest } from "./http";

export interface LoadRun {
  /** Successful (2xx) responses per second. */
  rps: number;
  /** Latency of successful responses, in ms (autocannon's histogram has 1 ms resolution). */
  p50: number;
  p99: number;
  ok: number;
  non2xx: number;
  errors: number;
}

export interface LoadFigures extends LoadRun {
  runs: LoadRun[];
}

export interface LoadSpec {
  label: string;
  /** Several URLs (instances): each connection goes to the next, as a round-robin proxy would. */
  url: string | string[];
  connections: number;
  /** Seconds per run. */
  duration: number;
  /** A fixed number of requests per connection instead of a duration (smoke: done however slow). */
  requestsPerConnection?: number;
  runs: number;
  warmup: number;
  /** autocannon options beyond the above: headers, requests, setupClient. */
  options?: Partial<autocannon.Options>;
  /** Any non-2xx answer makes the measurement fail: a broken page, not a slow one. */
  strict?: boolean;
}

// A slow answer is a figure, not a failure: only one slower than this counts as an error.
const TIMEOUT_S = 30;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const urlsOf = (spec: LoadSpec) => [spec.url].flat();

async function loadOnce(spec: LoadSpec, duration: number): Promise<LoadRun> {
  const amount = spec.requestsPerConnection && spec.requestsPerConnection * spec.connections;
  // autocannon takes a list of URLs too (its README: connection i goes to url[i % length]); its types only say one.
  const result = await autocannon({ ...spec.options, url: spec.url as string, connections: spec.connections, duration, amount, timeout: TIMEOUT_S });
  // autocannon drops the connections of requests still in flight when a run ends; one more
  // request waits until the server has worked through them, so that the next run starts clean.
  for (const url of urlsOf(spec)) await httpRequest(url);
  return {
    rps: Math.round(result["2xx"] / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export async function measureLoad(spec: LoadSpec, log: (line: string) => void): Promise<LoadFigures> {
  if (spec.warmup > 0) await loadOnce(spec, spec.warmup);
  const runs: LoadRun[] = [];
  for (let i = 0; i < spec.runs; i++) {
    const run = await loadOnce(spec, spec.duration);
    log(`${spec.label}: run ${i + 1}/${spec.runs}: ${run.rps} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms` +
      (run.non2xx || run.errors ? `, ${run.non2xx} non-2xx, ${run.errors} errors` : ""));
    runs.push(run);
  }
  const sum = (key: "ok" | "non2xx" | "errors") => runs.reduce((total, run) => total + run[key], 0);
  const figures: LoadFigures = {
    rps: median(runs.map((run) => run.rps)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    ok: sum("ok"),
    non2xx: sum("non2xx"),
    errors: sum("errors"),
    runs,
  };
  const from = urlsOf(spec).join(" and ");
  if (figures.ok === 0) throw new Error(`${spec.label}: no successful response from ${from}`);
  if (spec.strict && figures.non2xx > 0) {
    throw new Error(`${spec.label}: ${figures.non2xx} non-2xx answers from ${from}`);
  }
  return figures;
}
