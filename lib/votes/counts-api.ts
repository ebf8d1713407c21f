// GET /api/papers/upvotes?ids=a,b,c: the live counts of up to 100 papers, and which of them this
// visitor (by the voter cookie) has upvoted. Pages are cached for everyone and know neither; they
// load both in this one request after rendering.
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

export const upvoteCountsResponse = z.object({
  upvotes: z.record(z.string(), z.number().int()),
  upvoted: z
    .array(z.string())
    .describe("The ids among those asked that this visitor has upvoted; none without a valid voter cookie."),
});
