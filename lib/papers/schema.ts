// The zod schemas of the papers domain: the paper id as every route checks it, the query and the
// item of GET /api/daily_papers. Handlers parse with them and lib/openapi describes them.
import { z } from "zod";
import { daySpan, parseDay, parseMonth, parseWeek, type Span } from "./dates";
import { PAPER_ID_PATTERN } from "./paper-id";

/** A path or form parameter naming a paper. */
export const paperIdSchema = z
  .string()
  .regex(PAPER_ID_PATTERN, "must be an arXiv id (2406.12345) or a lower-case slug");

function spanParam(parse: (text: string) => Span | null, example: string) {
  return z
    .string()
    .meta({ description: `Like ${example}.` })
    .transform((text, ctx) => {
      const span = parse(text);
      if (!span) ctx.addIssue({ code: "custom", message: `must be a real one, like ${example}` });
      return span ?? z.NEVER;
    });
}

export const dailyPapersQuery = z
  .object({
    date: spanParam((text) => {
      const day = parseDay(text);
      return day ? daySpan(day) : null;
    }, "2026-06-22").optional(),
    week: spanParam(parseWeek, "2026-W26").optional(),
    month: spanParam(parseMonth, "2026-06").optional(),
    sort: z.enum(["publishedAt", "trending"]).optional().meta({
      description:
        "publishedAt: newest on the feed first; trending: by recent upvotes (the first 1,000; not with submitter); none: most upvoted first.",
    }),
    submitter: z
      .string()
      .trim()
      .min(1)
      .max(100)
      // PostgreSQL refuses a NUL in text outright (a 500), and no name holds a control character.
      .regex(/^\P{Cc}*$/u, "must not contain control characters")
      .optional()
      .meta({
        description:
          "Only the papers this user submitted (anonymous for submissions without an account); every day unless a date, week or month is given.",
      }),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    p: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .strict()
  .refine((query) => [query.date, query.week, query.month].filter(Boolean).length <= 1, {
    message: "give at most one of date, week and month",
  });

export type DailyPapersQuery = z.infer<typeof dailyPapersQuery>;

/** The path parameters of /api/papers/{id} and the routes under it. */
export const paperIdParams = z.object({ id: paperIdSchema });

// Hugging Face's shapes, field for field, so that huggingface_hub's PaperInfo (and anything else
// written against huggingface.co/api) reads our answers unchanged: a paper (GET /api/papers/{id})
// and a feed item (GET /api/daily_papers, /api/papers/search). lib/papers/hf-shape.ts fills them.
const hfOrganization = z
  .object({ name: z.string(), fullname: z.string(), avatar: z.string().optional() })
  .meta({ description: "name is the organization's slug here, fullname its name." });

const hfUser = z
  .object({ user: z.string(), name: z.string(), fullname: z.string(), type: z.literal("user") })
  .meta({ description: "Who submitted the paper on this site." });

export type HfOrganization = z.infer<typeof hfOrganization>;
export type HfUser = z.infer<typeof hfUser>;

export const hfPaper = z.object({
  id: z.string().meta({ description: "The arXiv id (a title slug for old seed papers)." }),
  title: z.string(),
  summary: z.string().meta({ description: "The abstract." }),
  authors: z.array(z.object({ name: z.string(), hidden: z.boolean() })),
  authorCount: z
    .int()
    .nullable()
    .meta({ description: "Not Hugging Face's: the number of authors when the names are not known." }),
  publishedAt: z.iso.datetime().nullable().meta({ description: "When arXiv first published it." }),
  submittedOnDailyAt: z.iso.datetime().meta({ description: "When it appeared on the daily feed." }),
  upvotes: z.int(),
  numComments: z.int(),
  githubRepo: z.string().optional(),
  githubStars: z.int().optional(),
  projectPage: z.string().optional(),
  ai_summary: z.string().optional(),
  ai_keywords: z.array(z.string()).optional(),
  organization: hfOrganization.optional(),
  submittedOnDailyBy: hfUser.optional(),
});

export type HfPaper = z.infer<typeof hfPaper>;

export const hfFeedItem = z.object({
  paper: hfPaper,
  title: z.string(),
  summary: z.string(),
  publishedAt: z.iso.datetime().meta({ description: "When it appeared on the daily feed (as on Hugging Face)." }),
  submittedOnDailyAt: z.iso.datetime().meta({
    description: "The same moment again: huggingface_hub reads it here when the paper has no publication date.",
  }),
  numComments: z.int(),
  thumbnail: z.string().optional(),
  submittedBy: hfUser.optional(),
  organization: hfOrganization.optional(),
  isAuthorParticipating: z.boolean(),
});

export type HfFeedItem = z.infer<typeof hfFeedItem>;
