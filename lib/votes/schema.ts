// The zod schemas of the votes domain: what the upvote API and the no-JavaScript form take and
// what the API answers. lib/openapi describes the API with these same schemas.
import { z } from "zod";
import { paperIdSchema } from "../papers/schema";
import type { VoteState } from "./vote-state";

/** The path parameters of `/api/papers/{id}/upvote`. */
export const upvoteParams = z.object({ id: paperIdSchema });

/** The upvote button's form post. */
export const voteForm = z.object({ id: paperIdSchema, upvoted: z.enum(["true", "false"]) });

/** Where the form returns to: a path on this site only ("//host" or "/\\host" would leave it). */
export const returnPath = z
  .string()
  .regex(/^\/(?![/\\])/)
  .catch("/papers");

/** What the upvote API answers. */
export const voteStateSchema = z.object({
  upvoted: z.boolean().meta({ description: "Whether this visitor's upvote is now counted." }),
  upvotes: z.int().min(0).meta({ description: "The paper's count now: imported upvotes plus vote rows." }),
}) satisfies z.ZodType<VoteState>;
