// Lighthouse scores of the app's pages, as a phone sees them: Lighthouse 12's default (mobile)
// configuration, with simulated slow-4G and a 4x slower CPU, in Debian's Chromium. Lighthouse 13
// needs Node 22; 12.2.3 is the last that runs on Node 20.
import { writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../tests/e2e/chromium";
import { LIGHTHOUSE_CATEGORIES, type LighthouseCategory, type LighthouseFigures } from "./lighthouse-rows";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

/** The audits that cost a category points in one run. */
function shortfallsOf(lhr: Result, category: LighthouseCategory): string[] {
  return lhr.categories[category].auditRefs.flatMap(({ id, weight }) => {
    const audit = lhr.audits[id];
    if (weight === 0 || audit.score === null || audit.score >= 1) return [];
    const value = audit.displayValue ? `, ${audit.displayValue}` : "";
    return [`${category}: ${id} (${audit.score}${value})`];
  });
}

/** Trace errors (NO_NAVSTART, NO_FCP) come and go on a busy machine: a run that hits one is run again. */
const ATTEMPTS = 3;

async function runOnce(url: string, port: number): Promise<Result> {
  for (let attempt = 1; ; attempt += 1) {
    const answer = await lighthouse(url, { port, logLevel: "error", output: "json", onlyCategories: [...LIGHTHOUSE_CATEGORIES] });
    if (!answer) throw new Error(`Lighthouse gave no result for ${url}`);
    const error = answer.lhr.runtimeError;
    if (!error) return answer.lhr;
    if (attempt === ATTEMPTS) throw new Error(`Lighthouse on ${url}, ${ATTEMPTS} times: ${error.message}`);
    console.log(`Lighthouse on ${url}: ${error.code}, running it again`);
  }
}

/**
 * Runs Lighthouse `runs` times on each page of `baseUrl`, one page after the other; with
 * `reportDir`, writes the median performance run of each page there as `<name>.json`, to be read
 * with https://googlechrome.github.io/lighthouse/viewer/ or jq.
 */
export async function measureLighthouse(baseUrl: string, pages: { name: string; path: string }[], runs = 3, reportDir?: string): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS], logLevel: "error" });
  try {
    const figures: LighthouseFigures[] = [];
    for (const page of pages) {
      const results: Result[] = [];
      for (let run = 0; run < runs; run += 1) {
        results.push(await runOnce(`${baseUrl}${page.path}`, chrome.port));
      }
      const scoreOf = (lhr: Result, category: LighthouseCategory) => Math.round((lhr.categories[category].score ?? 0) * 100);
      const medianRun = (category: LighthouseCategory) => {
        const target = median(results.map((lhr) => scoreOf(lhr, category)));
        return results.find((lhr) => scoreOf(lhr, category) === target)!;
      };
      const numeric = (lhr: Result, id: string) => lhr.audits[id].numericValue ?? Number.NaN;
      const perf = medianRun("performance");
      if (reportDir) writeFileSync(path.join(reportDir, `${page.name}.json`), JSON.stringify(perf));
      figures.push({
        ...page,
        scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((category) => [category, scoreOf(medianRun(category), category)])) as Record<LighthouseCategory, number>,
        shortfalls: LIGHTHOUSE_CATEGORIES.flatMap((category) => shortfallsOf(medianRun(category), category)),
        metrics: {
          fcp: Math.round(numeric(perf, "first-contentful-paint")),
          lcp: Math.round(numeric(perf, "largest-contentful-paint")),
          tbt: Math.round(numeric(perf, "total-blocking-time")),
          cls: Number(numeric(perf, "cumulative-layout-shift").toFixed(3)),
          si: Math.round(numeric(perf, "speed-index")),
        },
        benchmarkIndex: Math.round(perf.environment.benchmarkIndex),
      });
    }
    return figures;
  } finally {
    chrome.kill();
  }
}
