// The one set of schemas for the collection forms, their API routes and lib/openapi.
import { z } from "zod";

/** How many collections one member may keep, and papers one collection may hold. */
export const MAX_COLLECTIONS = 100;
export const MAX_COLLECTION_PAPERS = 500;

const collectionName = z
  .string({ error: "give the collection a name" })
  .trim()
  .min(1, "give the collection a name")
  .max(80, "a name is at most 80 characters")
  // Control characters have no place in a title, and XML (the RSS feed) cannot carry most of them.
  .regex(/^[^\p{Cc}]*$/u, "a name cannot hold control characters");

// A checkbox posts "on" when ticked and nothing when not; JSON clients send a boolean.
const publicFlag = z
  .union([z.boolean(), z.enum(["on", "true", "false"]).transform((value) => value !== "false")])
  .meta({ description: "true: anyone may read it (its page, RSS feed and BibTeX); false: only you." });

export const createCollectionInput = z.object({ name: collectionName, public: publicFlag.optional() });

export const updateCollectionInput = z
  .object({ name: collectionName.optional(), public: publicFlag.optional() })
  .refine((input) => input.name !== undefined || input.public !== undefined, "change the name or public");

export const collectionPaperInput = z.object({
  paper_id: z.string({ error: "name a paper" }).trim().min(1, "name a paper").max(300),
  action: z.enum(["add", "remove"], { error: 'action is "add" or "remove"' }).default("add"),
});

/** A collection id in a path: what cuid() makes, and nothing a query could be built from. */
export const collectionId = z.string().regex(/^[a-z0-9]{1,40}$/);

export const collectionAnswer = z.object({
  id: z.string(),
  name: z.string(),
  public: z.boolean(),
  papers: z.array(z.string()).meta({ description: "The paper ids, newest addition first." }),
});

export const savedAnswer = z.object({ saved: z.boolean() });
export const savedAmongAnswer = z.object({
  saved: z.array(z.string()).meta({ description: "The ids asked about that this member has saved." }),
});
