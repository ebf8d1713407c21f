// The bench's PostgreSQL rows: a drift or a second message to anyone is a missed goal (the smoke
// run exits non-zero on it), and the comparison puts the same figure of both setups on one row.
// And the subscribe row: an answer that tells an active address from a new one, by its time or
// its text, misses the goal; so does a Lighthouse score under 100 in any category, and a paper
// page whose first view takes over 100 ms (p50).
import { describe, expect, it } from "vitest";
import type { ClusterFigures } from "@/scripts/bench/cluster";
import type { DigestReport, DigestTogetherFigures } from "@/scripts/bench/digest";
import type { LoadFigures } from "@/scripts/bench/load";
import { formatComparison, goalRows, type BenchResults } from "@/scripts/bench/report";

const load = (rps: number): LoadFigures => ({ rps, p50: 5, p99: 20, ok: rps * 3, non2xx: 0, errors: 0, runs: [] });

const report = (sent: number): DigestReport => ({
  period: "2026-06-23",
  papers: 10,
  sent,
  skipped: 0,
  failed: 0,
  wallMs: 2_000,
  maxRssBytes: 150e6,
  peakRssBytes: 150e6,
});

function digestTogether(overrides: Partial<DigestTogetherFigures> = {}): DigestTogetherFigures {
  return {
    runs: [report(60), report(40)],
    wallMs: 2_000,
    sent: 100,
    received: 100,
    recipients: 100,
    twice: 0,
    messagesPerSecond: 50,
    rerun: report(0),
    ...overrides,
  };
}

function results(cluster: BenchResults["cluster"]): BenchResults {
  return {
    mode: "smoke",
    appDir: ".",
    measuredAt: "2026-06-23T12:00:00Z",
    machine: { cpus: 2, cpuModel: "test", node: "v20" },
    dataset: { options: { subscribers: 100 } } as BenchResults["dataset"],
    method: "",
    pages: [],
    loads: { day: { ...load(300), bytes: 10_000 } },
    limits: {},
    searchAlone: { model: load(10), diffusion: load(10) },
    oneDayPage: load(300),
    votes: { load: load(200), papers: 50, drift: 0 },
    digest: { first: report(100), rerun: report(0), received: 100, messagesPerSecond: 50 },
    javascript: {},
    cluster,
  };
}

const cluster = (overrides: Partial<ClusterFigures> = {}): ClusterFigures => ({
  instances: 2,
  copySeconds: 1,
  dayPage: load(250),
  votes: { load: load(150), papers: 50, drift: 0 },
  digest: digestTogether(),
  ...overrides,
});

const statusOf = (all: BenchResults, figure: string) => goalRows(all).find((row) => row.figure === figure)?.status;

describe("the bench's rows for the PostgreSQL instances", () => {
  it("meets its goals when every vote is counted and everyone got one message", () => {
    const all = results(cluster());
    expect(statusOf(all, "PostgreSQL ×2: votes: drifted papers")).toBe("met");
    expect(statusOf(all, "PostgreSQL ×2: digest: messages per subscriber")).toBe("met");
  });

  it("misses them on a drift, a second message to anyone, or a rerun that sends", () => {
    expect(
      statusOf(
        results(cluster({ votes: { load: load(150), papers: 50, drift: 1 } })),
        "PostgreSQL ×2: votes: drifted papers",
      ),
    ).toBe("not met");
    for (const digest of [
      digestTogether({ twice: 1, received: 101 }),
      digestTogether({ recipients: 99 }),
      digestTogether({ rerun: report(3) }),
    ]) {
      expect(statusOf(results(cluster({ digest })), "PostgreSQL ×2: digest: messages per subscriber")).toBe("not met");
    }
  });

  it("fails when the instances could not run, and has no rows without them", () => {
    expect(
      goalRows(results({ error: "No PostgreSQL under /usr/lib/postgresql" })).filter((row) => row.status === "failed"),
    ).toHaveLength(1);
    expect(goalRows(results(undefined)).some((row) => row.figure.startsWith("PostgreSQL"))).toBe(false);
    expect(formatComparison(results(undefined))).toBeUndefined();
  });

  it("prints each figure of both setups on one row", () => {
    const table = formatComparison(results(cluster()))!;
    expect(table.split("\n")[0]).toMatch(/SQLite ×1 .*\| PostgreSQL ×2 \+ Redis/);
    expect(table).toMatch(/\| day page \(32 connections\) +\| 300 req\/s, p99 20 ms +\| 250 req\/s, p99 20 ms +\|/);
    expect(table).toMatch(
      /\| digest of 100 subscribers +\| 100 sent in 2\.0 s .*\| 100 sent in 2\.0 s \(50 msg\/s\), 2 runs at once \(60 \+ 40\)/,
    );
  });
});

describe("the bench's subscribe row", () => {
  const figure = "subscribe: answer time, active ÷ new address";
  const withTiming = (activeMs: number, newMs: number, distinctAnswers = 1): BenchResults => ({
    ...results(undefined),
    subscribing: { rounds: 50, activeMs, newMs, distinctAnswers },
  });

  it("meets its goal when the medians are within 20% and the answers the same", () => {
    expect(statusOf(withTiming(4.0, 4.6), figure)).toBe("met");
  });

  it("misses it when one kind of address is answered more slowly, or differently", () => {
    expect(statusOf(withTiming(4.0, 5.2), figure)).toBe("not met");
    expect(statusOf(withTiming(5.2, 4.0), figure)).toBe("not met");
    expect(statusOf(withTiming(4.0, 4.0, 2), figure)).toBe("not met");
  });
});

describe("the bench's Lighthouse rows", () => {
  const page = (performance: number) => ({
    name: "day",
    path: "/papers/date/2026-06-22",
    scores: { performance, accessibility: 100, "best-practices": 100, seo: 100 },
    shortfalls: [],
    metrics: { fcp: 900, lcp: 1_200, tbt: 0, cls: 0, si: 900 },
    benchmarkIndex: 1_500,
  });

  it("meets the goal only with 100 in every category", () => {
    expect(statusOf({ ...results(undefined), lighthouse: [page(100)] }, "day page: Lighthouse (mobile)")).toBe("met");
    expect(statusOf({ ...results(undefined), lighthouse: [page(99)] }, "day page: Lighthouse (mobile)")).toBe(
      "not met",
    );
  });
});

describe("the bench's votes row", () => {
  const figure = "votes: toggles/s at 64 connections";
  const withVotes = (rps: number, apiAlike?: number): BenchResults => ({
    ...results(undefined),
    loads: { day: { ...load(300), bytes: 10_000 }, api: { ...load(1_000), bytes: 5_000 } },
    votes: { load: load(rps), papers: 50, drift: 0, ...(apiAlike && { apiAlike: load(apiAlike) }) },
  });

  it("is judged against the API asked as the votes are, when it was", () => {
    expect(statusOf(withVotes(500, 600), figure)).toBe("met");
    expect(statusOf(withVotes(500, 700), figure)).toBe("not met");
  });

  it("is judged against the API's own row otherwise", () => {
    expect(statusOf(withVotes(800), figure)).toBe("met");
    expect(statusOf(withVotes(700), figure)).toBe("not met");
  });
});

describe("the bench's first views row", () => {
  const figure = "paper pages, first views, one request at a time";
  const withFirstViews = (p50: number): BenchResults => ({ ...results(undefined), firstViews: { ...load(10), p50 } });

  it("meets its goal with a p50 of at most 100 ms, and has no figure when not measured", () => {
    expect(statusOf(withFirstViews(100), figure)).toBe("met");
    expect(statusOf(withFirstViews(101), figure)).toBe("not met");
    expect(statusOf(results(undefined), figure)).toBe("n/a");
  });
});
