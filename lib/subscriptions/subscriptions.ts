// Subscribing with double opt-in, confirming, unsubscribing and resuming. Whoever asks,
// the answer never tells whether an address is already subscribed.
import { randomBytes } from "node:crypto";
import { db } from "../db/client";
import { SubscriberStatus, type DigestFrequency } from "../generated/prisma/enums";
import { afterResponse } from "../http/after-response";
import { fail, ok, type Outcome } from "../http/outcome";
import { sendConfirmation } from "../mail/confirmation";
import { TokenPurpose, verify } from "../db/signing";
import { limitSubscribeRequests } from "./limits";
import { hashToken } from "./token-hash";
import type { SubscribeInput } from "./schema";

export const CONFIRM_TOKEN_TTL_HOURS = 48;
/** A pending address gets at most one confirmation email per this interval. */
export const CONFIRMATION_RESEND_MS = 5 * 60_000;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/**
 * Sends the confirmation email; when it cannot, lets the person ask again at once rather than
 * wait out the resend interval for an email that never came.
 */
async function deliverConfirmation(email: string, token: string, frequency: DigestFrequency): Promise<void> {
  try {
    await sendConfirmation(email, token, frequency, CONFIRM_TOKEN_TTL_HOURS);
  } catch (error) {
    await db.subscriber.updateMany({
      where: { email, status: SubscriberStatus.pending },
      data: { confirmationSentAt: null },
    });
    console.error(error);
  }
}

/**
 * Records the request and sends a confirmation email, unless the address is already active or
 * got one less than five minutes ago.
 */
async function requestSubscription({ email, frequency }: SubscribeInput, now = new Date()): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const pending = {
    frequency,
    status: SubscriberStatus.pending,
    confirmTokenHash: hashToken(token),
    confirmTokenExpiresAt: new Date(now.getTime() + CONFIRM_TOKEN_TTL_HOURS * 3_600_000),
    confirmationSentAt: now,
    // Confirming proves the mailbox takes mail again: a suspended address starts with no bounces.
    hardBounces: 0,
    suspendedAt: null,
  };
  // One conditional write decides, so two requests at once cannot both send.
  const renewed = await db.subscriber.updateMany({
    where: {
      email,
      OR: [
        { status: SubscriberStatus.unsubscribed },
        { status: SubscriberStatus.suspended },
        { status: SubscriberStatus.pending, confirmationSentAt: null },
        {
          status: SubscriberStatus.pending,
          confirmationSentAt: { lt: new Date(now.getTime() - CONFIRMATION_RESEND_MS) },
        },
      ],
    },
    data: pending,
  });
  if (renewed.count === 0) {
    try {
      await db.subscriber.create({ data: { email, ...pending } });
    } catch (error) {
      if (isUniqueViolation(error)) return; // active, or pending and recently sent: nothing to do
      throw error;
    }
  }
  await deliverConfirmation(email, token, frequency);
}

/**
 * A request from the form or the API: within the rate limits, it is recorded and the email sent
 * once the answer has gone out. Nothing about the address is read before answering, so the
 * answer, and the time it takes, are the same whether the address is new, pending or active.
 */
export async function subscribe(input: SubscribeInput, client: string): Promise<Outcome<void>> {
  const allowed = await limitSubscribeRequests(input.email, client);
  if (!allowed.ok) return allowed;
  afterResponse(() => requestSubscription(input).catch((error: unknown) => console.error(error)));
  return ok();
}

export type ConfirmOutcome = "confirmed" | "expired" | "used" | "unknown";

/**
 * What the confirmation page offers for a token, changing nothing: "ready" (the button that
 * confirms), or why it cannot. A GET only reads, so a mail provider's link scanner that opens the
 * link confirms nothing.
 */
export async function confirmationState(
  token: string,
  now = new Date(),
): Promise<"ready" | Exclude<ConfirmOutcome, "confirmed">> {
  if (!token) return "unknown";
  const subscriber = await db.subscriber.findUnique({
    where: { confirmTokenHash: hashToken(token) },
    select: { status: true, confirmTokenExpiresAt: true },
  });
  if (!subscriber) return "unknown";
  if (subscriber.status !== SubscriberStatus.pending) return "used";
  return subscriber.confirmTokenExpiresAt && subscriber.confirmTokenExpiresAt > now ? "ready" : "expired";
}

/** Confirms the subscription the token belongs to, once; any other token changes nothing. */
export async function confirmSubscription(token: string, now = new Date()): Promise<ConfirmOutcome> {
  if (!token) return "unknown";
  const confirmTokenHash = hashToken(token);
  const confirmed = await db.subscriber.updateMany({
    where: { confirmTokenHash, status: SubscriberStatus.pending, confirmTokenExpiresAt: { gt: now } },
    data: { status: SubscriberStatus.active, confirmedAt: now },
  });
  if (confirmed.count === 1) return "confirmed";
  // The hash stays after use, so that a second click can be told apart from a made-up token.
  const subscriber = await db.subscriber.findUnique({ where: { confirmTokenHash }, select: { status: true } });
  if (!subscriber) return "unknown";
  return subscriber.status === SubscriberStatus.pending ? "expired" : "used";
}

/** The subscriber id in a signed link from a digest, or `invalid` for a forged or damaged one. */
export function subscriberIdFromToken(
  purpose: typeof TokenPurpose.unsubscribe | typeof TokenPurpose.preferences,
  token: string | null | undefined,
): Outcome<string> {
  const id = verify(purpose, token);
  return id ? ok(id) : fail("invalid", "This link is not valid. Use the link from your latest digest email.");
}

/** Idempotent: a second unsubscribe, or one for a deleted subscriber, changes nothing. */
export async function unsubscribe(subscriberId: string, now = new Date()): Promise<void> {
  await db.subscriber.updateMany({
    where: { id: subscriberId, status: { not: SubscriberStatus.unsubscribed } },
    data: { status: SubscriberStatus.unsubscribed, unsubscribedAt: now },
  });
}

export async function subscriptionOf(subscriberId: string) {
  return db.subscriber.findUnique({
    where: { id: subscriberId },
    select: { email: true, frequency: true, status: true },
  });
}

/**
 * Sending again to an address suspended after its hard bounces, from its own signed link: the
 * reader says the mailbox works now. Nothing else (pending, unsubscribed) is brought back here.
 */
export async function resumeSubscription(subscriberId: string): Promise<boolean> {
  const resumed = await db.subscriber.updateMany({
    where: { id: subscriberId, status: SubscriberStatus.suspended },
    data: { status: SubscriberStatus.active, hardBounces: 0, suspendedAt: null },
  });
  return resumed.count === 1;
}
