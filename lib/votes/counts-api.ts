// GET /api/papers/upvotes?ids=a,b,c: the live counts of up to 100 papers. Cached pages load them
// after rendering, so their counts are current even when the cached HTML is a little behind.
import { z } from "zod";
import { PAPER_ID_PATTERN } from "../papers/paper-id";

export const MAX_COUNT_IDS = 100;

export const upvoteCountsQuery = z
  .object({
    ids: z
      .string()
      .transform((text) => text.split(",").filter(Boolean))
      .pipe(
        z
          .array(z.string().regex(PAPER_ID_PATTERN, "must be paper ids separated by commas"))
          .min(1, "name at least one paper id")
          .max(MAX_COUNT_IDS, `name at most ${MAX_COUNT_IDS} paper ids`),
      ),
  })
  .strict();

export const upvoteCountsResponse = z.object({ upvotes: z.record(z.string(), z.number().int()) });
