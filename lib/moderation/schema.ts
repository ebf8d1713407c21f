// The admin routes' input and answers.
import { z } from "zod";
import { HANDLE_PATTERN } from "../members/handle";
import { ORGANIZATION_SLUG } from "../papers/organizations";

export const blockMemberInput = z.object({
  handle: z
    .string({ error: "name a member's handle" })
    .trim()
    .toLowerCase()
    .transform((handle) => handle.replace(/^@/, ""))
    .pipe(z.string().regex(HANDLE_PATTERN, "a handle is lower-case letters, digits and dashes")),
  blocked: z.enum(["true", "false"], { error: 'blocked is "true" or "false"' }).transform((value) => value === "true"),
});

export const blockAnswer = z.object({ message: z.string() });

export const auditAnswer = z.object({
  entries: z.array(
    z.object({
      id: z.int(),
      at: z.string(),
      actor: z.string().nullable().meta({ description: "The admin's handle; null once their account is deleted." }),
      action: z.string(),
      target: z.string(),
      detail: z.string().nullable(),
    }),
  ),
});

export const paperHiddenInput = z.object({
  hidden: z.enum(["true", "false"], { error: 'hidden is "true" or "false"' }).transform((value) => value === "true"),
});

export const paperHiddenAnswer = z.object({ message: z.string(), hidden: z.boolean() });

export const MAX_TITLE_LENGTH = 500;
export const MAX_ABSTRACT_LENGTH = 20_000;
export const MAX_AUTHORS = 1000;
const MAX_AUTHOR_LENGTH = 200;

/** An admin's edit of a paper's metadata; the arXiv id is the paper's address and never changes. */
export const editPaperInput = z.object({
  title: z
    .string({ error: "give the title" })
    .trim()
    .min(1, "the title cannot be empty")
    .max(MAX_TITLE_LENGTH, `the title is at most ${MAX_TITLE_LENGTH} characters`),
  abstract: z
    .string({ error: "give the abstract" })
    .trim()
    .min(1, "the abstract cannot be empty")
    .max(MAX_ABSTRACT_LENGTH, `the abstract is at most ${MAX_ABSTRACT_LENGTH.toLocaleString("en")} characters`),
  authors: z
    .string({ error: "give the authors, one per line" })
    .transform((text) =>
      text
        .split("\n")
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(MAX_AUTHOR_LENGTH, `an author's name is at most ${MAX_AUTHOR_LENGTH} characters`))
        .max(MAX_AUTHORS, `at most ${MAX_AUTHORS} authors`),
    ),
  organization: z
    .string({ error: "give the organization's slug, or leave it empty" })
    .trim()
    .transform((slug) => slug || null)
    .pipe(
      z
        .string()
        .regex(ORGANIZATION_SLUG, "an organization slug is letters, digits, dots, dashes and underscores")
        .nullable(),
    ),
});

export type EditPaperInput = z.infer<typeof editPaperInput>;
