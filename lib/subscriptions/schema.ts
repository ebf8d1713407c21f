// The one schema for the header form's server action and POST /api/subscribe.
import { z } from "zod";
import { DigestFrequency } from "../generated/prisma/enums";

/** The schema's enum, in the order forms list it. */
export const FREQUENCIES = [DigestFrequency.daily, DigestFrequency.weekly] as const;

/** RFC 5321 limits a forward path to 256 octets, so an address is at most 254 characters. */
export const MAX_EMAIL_LENGTH = 254;

export const frequencySchema = z.enum(FREQUENCIES, { error: "choose daily or weekly" });

export const emailSchema = z
  .string({ error: "enter your email address" })
  .trim()
  .min(1, "enter your email address")
  .max(MAX_EMAIL_LENGTH, `an email address has at most ${MAX_EMAIL_LENGTH} characters`)
  .toLowerCase()
  .pipe(z.email("enter a valid email address, like ada@example.com"));

export const subscribeInput = z.object({
  email: emailSchema,
  frequency: frequencySchema.default(DigestFrequency.daily),
});

export type SubscribeInput = z.infer<typeof subscribeInput>;

/** The one answer to every accepted request, whether the address was new, pending or active. */
export const SUBSCRIBE_ACCEPTED =
  "Almost there: if this address is not subscribed yet, an email with a confirmation link is on its way.";

/** The query of POST /api/unsubscribe: the signed token from a digest's link, nothing else. */
export const unsubscribeQuery = z
  .object({
    token: z
      .string({ error: "the link has no token" })
      .meta({ description: "The signed token from the digest's link." }),
  })
  .strict();

/** What POST /api/subscribe answers when it accepts a request. */
export const subscribeAccepted = z.object({ message: z.string() });

/** What POST /api/unsubscribe answers. */
export const unsubscribed = z.object({ unsubscribed: z.literal(true) });
