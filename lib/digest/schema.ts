// The zod schema of what the scheduled digest route answers, for lib/openapi.
import { z } from "zod";

/** What the digest route answers (lib/digest/run.ts, DigestSummary). */
export const digestSummary = z.object({
  period: z.string().meta({
    description:
      "The periods this run sent, in readers' local time, e.g. \"2026-06-22 / 2026-W26\"; empty when no reader's hour had come.",
  }),
  papers: z.int().min(0).meta({ description: "Papers in the largest edition sent." }),
  sent: z.int().min(0),
  skipped: z.int().min(0).meta({ description: "Already sent for the period, or being sent by another run." }),
  failed: z.int().min(0).meta({ description: "Failed now; the next run retries them." }),
  empty: z.int().min(0).meta({ description: "Readers whose topics and mutes left no paper: sent nothing." }),
});
