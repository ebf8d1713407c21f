// The answer of GET/POST /api/cron/import, as a schema so the OpenAPI document describes it exactly.
import { z } from "zod";

export const importSummarySchema = z.object({
  added: z.int().meta({ description: "New papers." }),
  updated: z.int().meta({ description: "Papers whose metadata changed (a new arXiv version, fresh Hugging Face counts) or seed papers merged into their arXiv record." }),
  unchanged: z.int(),
  skipped: z.int().meta({ description: "Upstream entries that could not be used; `skips` says which and why." }),
  failed: z.int().meta({ description: "Source days that could not be imported at all; `failures` says why. Nothing of them was written." }),
  skips: z.array(z.object({ source: z.enum(["hf", "arxiv"]), ref: z.string(), reason: z.string(), kind: z.enum(["unknown", "invalid"]) })),
  failures: z.array(z.object({ source: z.enum(["hf", "arxiv"]), what: z.string(), error: z.string() })),
  days: z.array(z.string()).meta({ description: "Feed days whose pages changed." }),
  merged: z.record(z.string(), z.string()).meta({ description: "Seed paper ids merged into arXiv records (old id → arXiv id); the old addresses redirect." }),
});
