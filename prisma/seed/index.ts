// The seed pages kept in this folder, named daily-papers-YYYY-MM-DD.txt (the name gives the
// year, which the page's own "Jun 22" header leaves out).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { importDailyPage, type ImportSummary } from "./import-daily-page";
import { parseDailyPage } from "./parse-daily-page";

const SEED_DIR = path.join(process.cwd(), "prisma", "seed");
const PAGE_FILE = /^daily-papers-(\d{4})-\d{2}-\d{2}\.txt$/;

export async function importSeedPages(db: PrismaClient): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const file of readdirSync(SEED_DIR).sort()) {
    const match = PAGE_FILE.exec(file);
    if (!match) continue;
    const page = parseDailyPage(readFileSync(path.join(SEED_DIR, file), "utf8"), Number(match[1]));
    summaries.push(await importDailyPage(db, page));
  }
  return summaries;
}

export function describeImport(summary: ImportSummary): string {
  const incomplete = summary.incomplete.length
    ? `; ${summary.incomplete.length} incomplete (no authors or publication date): ${summary.incomplete.map((t) => `"${t}"`).join(", ")}`
    : "";
  return `Feed ${summary.feedDate}: ${summary.total} papers, ${summary.created} added, ${summary.existing} already present${incomplete}`;
}
