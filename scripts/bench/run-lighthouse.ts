// `npm run bench:lighthouse [-- --runs N]`: builds the app if there is no build, serves it on a
// fresh database holding the seed papers (port BENCH_PORT + 5, clear of those the main bench takes), and
// prints the Lighthouse (mobile) scores of the day, paper and trending pages, with what costs points;
// each page's full report is left in bench/data/lighthouse/<page>.json.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { prepareDatabase } from "../lib/prepare-database";
import { runBin } from "../lib/run";
import { measureLighthouse } from "./lighthouse";
import { lighthouseRows } from "./lighthouse-rows";
import { formatTable } from "./report";
import { appEnv, startApp } from "./servers";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not "${values.runs}"`);

const SEED_PAGES = [
  { name: "day", path: "/papers/date/2026-06-22" },
  { name: "paper", path: "/papers/lip-forcing-few-step-autoregressive-diffusion-for-real-time-lip-synchronization" },
  { name: "trending", path: "/papers/trending" },
];

if (!existsSync(".next/BUILD_ID")) {
  console.log("build: no .next/BUILD_ID, running next build");
  runBin("next", ["build"]);
}
const database = path.join("bench", "data", "lighthouse", "seed.db");
rmSync(path.dirname(database), { recursive: true, force: true });
const port = Number(process.env.BENCH_PORT ?? 3300) + 5;
Object.assign(process.env, appEnv(database, `http://127.0.0.1:${port}`));
await prepareDatabase();

const server = await startApp({ appDir: process.cwd(), database, port, readyPath: SEED_PAGES[0].path });
try {
  const figures = await measureLighthouse(server.url, SEED_PAGES, runs, path.dirname(database));
  console.log(formatTable(lighthouseRows(figures)));
  for (const { name, shortfalls } of figures) {
    if (shortfalls.length > 0) console.log(`\n${name}: points lost to\n${shortfalls.map((line) => `  ${line}`).join("\n")}`);
  }
} finally {
  await server.stop();
}
