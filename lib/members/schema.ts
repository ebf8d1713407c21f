// The one schema for the sign-in form and POST /api/members/sign-in.
import { z } from "zod";
import { emailSchema } from "../subscriptions/schema";

export const signInInput = z.object({ email: emailSchema }).strict();

/** The token from a sign-in link, as the confirmation page posts it back. */
export const confirmSignInInput = z.object({
  token: z.string({ error: "the link has no token" }).min(1, "the link has no token").max(200, "this is not a sign-in token"),
});

/** How long an emailed sign-in link works. */
export const SIGN_IN_LINK_MINUTES = 15;

export const SIGN_IN_SENT = `Check your inbox: a sign-in link is on its way. It works once, within ${SIGN_IN_LINK_MINUTES} minutes.`;
