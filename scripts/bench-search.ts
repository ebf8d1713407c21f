// Search latency on whatever the database holds (the seed papers after `npm run db:seed`):
// `npm run bench:search` runs ROUNDS queries made from the papers' own titles (words, a phrase,
// a prefix) through searchPapers, then "more like this" for each paper, and prints p50 / p99.
// Run with the react-server condition, as lib/search is server-only code.
import "../lib/db/load-env-files";
import { performance } from "node:perf_hooks";
import { db } from "../lib/db/client";
import { relatedPapers } from "../lib/search/related-papers";
import { searchPapers } from "../lib/search/search";

const ROUNDS = Number(process.argv[2] ?? 200);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(runs: (() => Promise<unknown>)[]): Promise<{ p50: number; p99: number; n: number }> {
  const ms: number[] = [];
  for (const run of runs) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99), n: ms.length };
}

const papers = await db.paper.findMany({ select: { id: true, title: true, abstract: true }, orderBy: { id: "asc" } });
if (!papers.length) throw new Error("No papers: run `npm run db:seed` first.");

const queries = Array.from({ length: ROUNDS }, (_, i) => {
  const words = papers[i % papers.length].title.split(/\s+/).filter((word) => /^[A-Za-z]{4,}$/.test(word));
  const shapes = [
    words.slice(0, 1).join(" "),
    words.slice(0, 2).join(" "),
    `"${words.slice(0, 2).join(" ")}"`,
    `${(words[0] ?? "mod").slice(0, 4)}*`,
  ];
  return shapes[i % shapes.length] || "model";
});

// One untimed pass so that the first query's start-up (connection, page cache) is not counted.
await searchPapers("warm up", { limit: 20, offset: 0 });
const search = await time(queries.map((q) => () => searchPapers(q, { limit: 20, offset: 0 })));
const related = await time(papers.map((paper) => () => relatedPapers(paper, 5)));
const format = ({ p50, p99, n }: { p50: number; p99: number; n: number }) =>
  `p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms over ${n}`;
console.log(`${papers.length} papers`);
console.log(`search (page of 20, with highlights): ${format(search)}`);
console.log(`more like this (5):                   ${format(related)}`);
await db.$disconnect();
