// A reader's digest preferences: the one zod schema of the preference form, and how they are
// stored on Subscriber (topics and mutes as JSON). Keywords use the site's search syntax
// (lib/search/query.ts), so a topic finds what the same words find on /papers?q=.
import { z } from "zod";
import { canonicalTimeZone } from "../digest/local-time";
import { DigestFrequency } from "../generated/prisma/enums";
import { parseDay } from "../papers/dates";
import { parseSearchTerms, searchInputProblem } from "../search/query";
import { frequencySchema } from "./schema";

export const DIGEST_SIZES = [5, 10, 20] as const;
export const DEFAULT_SEND_HOUR = 7;
/** Entries per list: enough for any reader, few enough that one cannot make a run slow. */
export const MAX_LIST_ENTRIES = 20;
const MAX_ENTRY_LENGTH = 100;

export interface Topics {
  /** Search expressions; a paper follows a keyword when the search finds it. */
  keywords: string[];
  /** arXiv categories, as arXiv writes them ("cs.LG", "hep-th"). */
  categories: string[];
  /** Organization names or their slugs, compared without case. */
  organizations: string[];
  /** Author names, compared without case. */
  authors: string[];
}

export const TOPIC_KINDS = ["keywords", "categories", "organizations", "authors"] as const satisfies (keyof Topics)[];

export interface Preferences {
  frequency: DigestFrequency;
  digestSize: number;
  topics: Topics;
  mutes: string[];
  timeZone: string;
  sendHour: number;
  pausedUntil: string | null;
  neverRepeat: boolean;
}

export const NO_TOPICS: Topics = { keywords: [], categories: [], organizations: [], authors: [] };

export const DEFAULT_PREFERENCES: Omit<Preferences, "frequency"> = {
  digestSize: 10,
  topics: NO_TOPICS,
  mutes: [],
  timeZone: "UTC",
  sendHour: DEFAULT_SEND_HOUR,
  pausedUntil: null,
  neverRepeat: true,
};

const ARXIV_CATEGORY = /^[a-z-]+(\.[A-Za-z-]+)?$/;

/** One entry a line; blank lines and surrounding spaces do not count, repeats count once. */
function lines(label: string, entry: z.ZodType<string, string> = z.string()) {
  return z
    .string()
    .default("")
    .transform((text) => [
      ...new Set(
        text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(entry.pipe(z.string().max(MAX_ENTRY_LENGTH, `each ${label} has at most ${MAX_ENTRY_LENGTH} characters`)))
        .max(MAX_LIST_ENTRIES, `at most ${MAX_LIST_ENTRIES} ${label}s, one a line`),
    );
}

const keyword = z.string().superRefine((text, context) => {
  const problem = searchInputProblem(text);
  if (problem) context.addIssue({ code: "custom", message: `"${text}" ${problem}` });
  else if (parseSearchTerms(text).length === 0)
    context.addIssue({ code: "custom", message: `"${text}" has no word to search for` });
});

const category = z.string().regex(ARXIV_CATEGORY, {
  error: (issue) => `"${String(issue.input)}" is not an arXiv category, like cs.LG or hep-th`,
});

/** The preference form, field by field; each message completes "This field …" for the person. */
export const preferencesForm = z.object({
  frequency: frequencySchema,
  digestSize: z.coerce
    .number({ error: "choose 5, 10 or 20 papers" })
    .refine((size) => (DIGEST_SIZES as readonly number[]).includes(size), "choose 5, 10 or 20 papers"),
  keywords: lines("keyword", keyword),
  categories: lines("category", category),
  organizations: lines("organization"),
  authors: lines("author"),
  mutes: lines("muted keyword", keyword),
  timeZone: z
    .string({ error: "choose a time zone" })
    .trim()
    .transform((name, context) => {
      const canonical = canonicalTimeZone(name);
      if (canonical) return canonical;
      context.addIssue({
        code: "custom",
        message: `"${name}" is not a time zone; use a name like Europe/Paris or UTC`,
      });
      return z.NEVER;
    }),
  sendHour: z.coerce
    .number({ error: "choose an hour" })
    .int("choose a whole hour")
    .min(0, "choose an hour from 00:00 to 23:00")
    .max(23, "choose an hour from 00:00 to 23:00"),
  pausedUntil: z
    .string()
    .default("")
    .transform((text, context) => {
      if (text.trim() === "") return null;
      const day = parseDay(text.trim());
      if (day) return day;
      context.addIssue({ code: "custom", message: "enter a date, like 2026-07-01, or leave it empty" });
      return z.NEVER;
    }),
  // A checkbox: present when ticked.
  neverRepeat: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
});

export type PreferencesFormField = keyof z.input<typeof preferencesForm>;

export function toPreferences(form: z.output<typeof preferencesForm>): Preferences {
  const { keywords, categories, organizations, authors, ...rest } = form;
  return { ...rest, topics: { keywords, categories, organizations, authors } };
}

// What the database holds is read back leniently: a malformed value (written by hand) means "none".
const storedTopics = z
  .object(Object.fromEntries(TOPIC_KINDS.map((kind) => [kind, z.array(z.string()).catch([])])))
  .catch({}) as unknown as z.ZodType<Partial<Topics>>;
const storedList = z.array(z.string()).catch([]);

export function readTopics(value: unknown): Topics {
  return { ...NO_TOPICS, ...storedTopics.parse(value ?? {}) };
}

export function readList(value: unknown): string[] {
  return storedList.parse(value ?? []);
}

export function hasTopics(topics: Topics): boolean {
  return TOPIC_KINDS.some((kind) => topics[kind].length > 0);
}
