// The bench's results: each figure next to its goal (from issue 6), marked met / not met, as a
// printed table and as bench/results.json.
import { writeFileSync } from "node:fs";
import type { DatasetMeta } from "./dataset";
import type { DigestFigures } from "./digest";
import type { ImportFigures } from "./import";
import type { LoadFigures } from "./load";
import type { PageWeight } from "./page-weight";
import type { VotesFigures } from "./votes";

/** A measurement that could not run, with why. */
export interface Failed {
  error: string;
}

export type Maybe<T> = T | Failed;

export function isFailed<T>(value: Maybe<T>): value is Failed {
  return typeof value === "object" && value !== null && "error" in value;
}

export interface BenchResults {
  mode: "full" | "smoke";
  measuredAt: string;
  machine: { cpus: number; cpuModel: string; node: string };
  dataset: DatasetMeta;
  method: string;
  dayPage: Maybe<LoadFigures>;
  api: Maybe<LoadFigures>;
  limitDayPage: Maybe<LoadFigures>;
  limitApi: Maybe<LoadFigures>;
  oneDayPage: Maybe<LoadFigures>;
  votes: Maybe<VotesFigures>;
  digest: Maybe<DigestFigures>;
  importing: Maybe<ImportFigures>;
  pageWeight: Maybe<PageWeight>;
}

type Status = "met" | "not met" | "n/a" | "failed";

export interface Row {
  figure: string;
  result: string;
  goal: string;
  status: Status;
}

const n = (value: number) => Math.round(value).toLocaleString("en-US");
const met = (ok: boolean): Status => (ok ? "met" : "not met");
/** ", 3 non-2xx, 2 errors" when a load had any, else nothing. */
const troubles = (load: LoadFigures) => (load.non2xx || load.errors ? `, ${n(load.non2xx)} non-2xx, ${n(load.errors)} errors` : "");

/** Rows from one figure, or a single "failed" row in its place. */
function rowsOf<T>(figure: string, value: Maybe<T> | undefined, make: (value: T) => Row[]): Row[] {
  if (value === undefined) return [{ figure, result: "not measured", goal: "", status: "n/a" }];
  if (isFailed(value)) return [{ figure, result: `failed: ${value.error.split("\n")[0]}`, goal: "", status: "failed" }];
  return make(value);
}

function pageRows(name: string, ours: Maybe<LoadFigures>, limit: Maybe<LoadFigures>): Row[] {
  return [
    ...rowsOf(`${name}: latency at 32 connections`, ours, (figures) => [
      { figure: `${name}: latency at 32 connections`, result: `p50 ${figures.p50} ms, p99 ${figures.p99} ms${troubles(figures)}`, goal: "p99 ≤ 50 ms", status: met(figures.p99 <= 50) },
    ]),
    ...rowsOf(`${name}: share of the limit`, isFailed(ours) ? ours : limit, (bare) => {
      const { rps } = ours as LoadFigures;
      const share = rps / bare.rps;
      const result = `${n(rps)} of ${n(bare.rps)} req/s = ${(share * 100).toFixed(1)}%`;
      return [{ figure: `${name}: share of the limit`, result, goal: "≥ 25%", status: met(share >= 0.25) }];
    }),
  ];
}

export function goalRows(results: BenchResults): Row[] {
  const { dayPage, oneDayPage } = results;
  return [
    ...pageRows("day page", dayPage, results.limitDayPage),
    ...pageRows("daily_papers API", results.api, results.limitApi),
    ...rowsOf("growth: day page p50, full / one day", isFailed(dayPage) ? dayPage : oneDayPage, (one) => {
      // Latencies have 1 ms resolution: a 0 ms p50 is counted as 1 ms rather than dividing by 0.
      const ratio = Math.max(1, (dayPage as LoadFigures).p50) / Math.max(1, one.p50);
      const result = `${(dayPage as LoadFigures).p50} ms / ${one.p50} ms = ${ratio.toFixed(2)}×`;
      return [{ figure: "growth: day page p50, full / one day", result, goal: "≤ 1.5×", status: met(ratio <= 1.5) }];
    }),
    ...rowsOf("votes: toggles/s at 64 connections", results.votes, (votes) => {
      const { load } = votes;
      return [
        { figure: "votes: toggles/s at 64 connections", result: `${n(load.rps)}/s (p99 ${load.p99} ms${troubles(load)})`, goal: "≥ 2,000/s", status: met(load.rps >= 2000) },
        { figure: "votes: drifted papers", result: n(votes.drift), goal: "0", status: met(votes.drift === 0) },
      ];
    }),
    ...rowsOf("digest: wall time", results.digest, (digest) => {
      const { first, rerun } = digest;
      const wall = `${n(first.sent)} sent in ${(first.wallMs / 1000).toFixed(1)} s (${n(digest.messagesPerSecond)} msg/s; SMTP got ${n(digest.received)})`;
      return [
        { figure: "digest: wall time", result: wall, goal: "≤ 5 min", status: met(first.wallMs <= 300_000) },
        { figure: "digest: peak RSS", result: `${(first.maxRssBytes / 1e6).toFixed(0)} MB`, goal: "≤ 300 MB", status: met(first.maxRssBytes <= 300e6) },
        { figure: "digest: rerun sends", result: n(rerun.sent), goal: "0", status: met(rerun.sent === 0) },
      ];
    }),
    ...rowsOf("import: papers per second", results.importing, (figures) => {
      const { first, rerun, duringImport, dayPageDuringImport: load } = figures;
      const share = isFailed(dayPage) ? "" : `, ${((load.rps / dayPage.rps) * 100).toFixed(0)}% of the day page alone`;
      return [
        { figure: "import: papers per second", result: `${n(figures.papersPerSecond)}/s (${n(first.added)} papers from a loopback HF-shaped source in ${(first.wallMs / 1000).toFixed(1)} s, peak RSS ${(first.maxRssBytes / 1e6).toFixed(0)} MB)`, goal: "", status: "n/a" },
        { figure: "import: rerun changes", result: `${n(rerun.added + rerun.updated)} (${n(rerun.unchanged)} unchanged)`, goal: "0", status: met(rerun.added + rerun.updated === 0 && rerun.unchanged === figures.papers) },
        { figure: "day page during an import", result: `${n(load.rps)} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms${troubles(load)}${share} (import of ${n(duringImport.added)} took ${(duringImport.wallMs / 1000).toFixed(1)} s)`, goal: "", status: "n/a" },
      ];
    }),
    ...rowsOf("feed page JavaScript", results.pageWeight, (weight) => [
      {
        figure: "feed page JavaScript",
        result: `${(weight.jsBytes / 1000).toFixed(1)} kB ${weight.encodings.join("/")} (${weight.scripts} scripts)`,
        goal: "≤ 100 kB gzip",
        status: met(weight.jsBytes <= 100_000),
      },
    ]),
  ];
}

/** A plain-text table (also valid Markdown), column widths fitted to the content. */
export function formatTable(rows: Row[]): string {
  const header: Row = { figure: "figure", result: "result", goal: "goal", status: "n/a" };
  const cells = (row: Row) => [row.figure, row.result, row.goal, row === header ? "status" : row.status];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...[header, ...rows].map((row) => cells(row)[i].length)));
  const line = (values: string[]) => `| ${values.map((value, i) => value.padEnd(widths[i])).join(" | ")} |`;
  return [line(cells(header)), line(widths.map((width) => "-".repeat(width))), ...rows.map((row) => line(cells(row)))].join("\n");
}

export function writeResults(file: string, results: BenchResults, rows: Row[]): void {
  writeFileSync(file, `${JSON.stringify({ ...results, goals: rows }, null, 2)}\n`);
}
