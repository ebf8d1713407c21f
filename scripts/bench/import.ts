// Importing papers: `scripts/import.ts --json` (npm run import) reads a day of N papers from a
// loopback server shaped like Hugging Face's daily_papers API (the tests' fixture) into the bench
// database; the same command again must change nothing. Then a second day is imported while the
// day page is under load, to see what an import costs readers.
import { z } from "zod";
import { hfDay } from "../../tests/support/fixtures/hf-data";
import { startHfFixture } from "../../tests/support/fixtures/hf-server";
import { runJsonCli } from "./cli";
import { measureLoad, type LoadFigures, type LoadSpec } from "./load";
import { appEnv, childEnv, tsxArgs } from "./servers";

export const IMPORT_SCRIPT = "scripts/import.ts";
// Days far from the generated dataset's, with arXiv ids (3001.NNNNN) it never uses.
const FIRST_DAY = "2030-01-07";
const SECOND_DAY = "2030-01-08";

// The last line of `npm run import -- --json`.
const importReport = z.object({
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  skipped: z.number(),
  failed: z.number(),
  wallMs: z.number(),
  maxRssBytes: z.number(),
});

export type ImportReport = z.infer<typeof importReport> & { peakRssBytes: number };

export interface ImportFigures {
  papers: number;
  first: ImportReport;
  rerun: ImportReport;
  papersPerSecond: number;
  /** The day page while the second day was being imported. */
  dayPageDuringImport: LoadFigures;
  duringImport: ImportReport;
}

export async function measureImport({
  appDir = ".",
  database,
  appUrl,
  dayPageUrl,
  papers,
  spec,
  log,
}: {
  /** The checkout whose import script runs (the bench's --app-dir). */
  appDir?: string;
  database: string;
  appUrl: string;
  dayPageUrl: string;
  papers: number;
  spec: Omit<LoadSpec, "label" | "url">;
  log: (line: string) => void;
}): Promise<ImportFigures> {
  const hf = await startHfFixture({ [FIRST_DAY]: hfDay(FIRST_DAY, papers, 10000), [SECOND_DAY]: hfDay(SECOND_DAY, papers, 50000) });
  try {
    const env = childEnv({ ...appEnv(database, appUrl), HF_ENDPOINT: hf.url });
    const run = (day: string) => runJsonCli("import", tsxArgs(IMPORT_SCRIPT, []), ["--source", "hf", "--date", day], env, importReport, log, appDir);
    const first = await run(FIRST_DAY);
    const rerun = await run(FIRST_DAY);
    const importing = run(SECOND_DAY);
    const dayPageDuringImport = await measureLoad({ ...spec, label: "day page during an import", url: dayPageUrl }, log);
    const duringImport = await importing;
    return { papers, first, rerun, papersPerSecond: Math.round(first.added / (first.wallMs / 1000)), dayPageDuringImport, duringImport };
  } finally {
    await hf.close();
  }
}
