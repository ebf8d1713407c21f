// The one schema for the sign-in form and POST /api/members/sign-in.
import { z } from "zod";
import { emailSchema } from "../subscriptions/schema";
import { HANDLE_PATTERN, isReservedHandle } from "./handle";

export const signInInput = z.object({ email: emailSchema }).strict();

/** The token from a sign-in link, as the confirmation page posts it back. */
export const confirmSignInInput = z.object({
  token: z
    .string({ error: "the link has no token" })
    .min(1, "the link has no token")
    .max(200, "this is not a sign-in token"),
});

/** How long an emailed sign-in link works. */
export const SIGN_IN_LINK_MINUTES = 15;

export const SIGN_IN_SENT = `Check your inbox: a sign-in link is on its way. It works once, within ${SIGN_IN_LINK_MINUTES} minutes.`;

/** POST /api/members/sessions: one session's id, or "all". */
export const revokeSessionInput = z.object({
  session: z.string({ error: 'name a session id, or "all"' }).min(1, 'name a session id, or "all"').max(100),
});

/** POST /api/members/handle: the member's new public handle. */
export const handleInput = z.object({
  handle: z
    .string({ error: "choose a handle" })
    .trim()
    .toLowerCase()
    .regex(HANDLE_PATTERN, "a handle is 1 to 40 letters, digits or dashes, not starting or ending with a dash")
    .refine((handle) => !isReservedHandle(handle), "this handle is reserved for the site: choose another"),
});
export const handleAnswer = z.object({ handle: z.string() });

/** POST /api/members/delete: the word typed to confirm. */
export const deleteAccountInput = z.object({ confirm: z.literal("delete", { error: 'type "delete" to confirm' }) });

// The JSON answers of the member routes (a form post gets a 303 to a page instead).
export const signInAccepted = z.object({ message: z.string() });
export const signedInAnswer = z.object({ signedIn: z.boolean() });
export const sessionAnswer = z.object({
  member: z.object({ name: z.string(), handle: z.string(), isAdmin: z.boolean() }).nullable(),
});
export const revokedAnswer = z.object({ revoked: z.string().meta({ description: 'The session id, or "all".' }) });
export const deletedAnswer = z.object({ deleted: z.literal(true) });
export const memberExport = z.looseObject({
  exportedAt: z.string(),
  member: z.looseObject({ email: z.string(), handle: z.string() }),
  sessions: z.array(z.looseObject({})),
  upvotes: z.array(z.looseObject({ paperId: z.string() })),
  comments: z.array(z.looseObject({ paperId: z.string(), body: z.string() })),
  subscription: z.looseObject({}).nullable(),
  submissions: z.array(z.looseObject({ paperId: z.string() })),
  savedPapers: z.array(z.looseObject({ paperId: z.string() })),
  collections: z.array(z.looseObject({ id: z.string(), name: z.string(), papers: z.array(z.string()) })),
});
