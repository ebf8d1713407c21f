// The admin routes' input and answers.
import { z } from "zod";
import { HANDLE_PATTERN } from "../members/handle";

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
