"use server";
// The digest's forms: subscribing from the header, unsubscribing and changing frequency from the
// links in a digest. Each works without JavaScript.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { TokenPurpose } from "@/lib/db/signing";
import { DigestFrequency } from "@/lib/generated/prisma/enums";
import { confirmSubscriptionPath, frequencyPath, unsubscribePath } from "@/lib/http/paths";
import { clientAddress } from "@/lib/http/client-address";
import {
  changeFrequency,
  confirmSubscription,
  resumeSubscription,
  subscribe,
  subscriberIdFromToken,
  unsubscribe,
} from "@/lib/subscriptions/subscriptions";
import { frequencySchema, SUBSCRIBE_ACCEPTED, subscribeInput } from "@/lib/subscriptions/schema";

export interface SubscribeState {
  status: "idle" | "accepted" | "error";
  message?: string;
  fieldErrors?: { email?: string; frequency?: string };
  /** What was typed, shown again next to an error. */
  values?: { email: string; frequency: string };
}

function sentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

export async function subscribeAction(_previous: SubscribeState, formData: FormData): Promise<SubscribeState> {
  const values = {
    email: String(formData.get("email") ?? ""),
    frequency: String(formData.get("frequency") ?? DigestFrequency.daily),
  };
  const parsed = subscribeInput.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: NonNullable<SubscribeState["fieldErrors"]> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof typeof fieldErrors;
      fieldErrors[field] ??= sentence(issue.message);
    }
    return { status: "error", fieldErrors, values };
  }
  const outcome = await subscribe(parsed.data, clientAddress(await headers()));
  if (!outcome.ok) return { status: "error", message: outcome.error.message, values };
  return { status: "accepted", message: SUBSCRIBE_ACCEPTED };
}

// The confirmation page's button: only this POST confirms, never opening the link. The page it
// returns to reads the subscription's state again, so `confirmed` only picks the wording.
export async function confirmAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  const outcome = await confirmSubscription(token);
  redirect(confirmSubscriptionPath(token, outcome === "confirmed"));
}

// A forged or damaged token changes nothing: the page it returns to says the link is not valid.
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  const id = subscriberIdFromToken(TokenPurpose.unsubscribe, token);
  if (id.ok) await unsubscribe(id.value);
  redirect(unsubscribePath(token));
}

export async function changeFrequencyAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  const id = subscriberIdFromToken(TokenPurpose.frequency, token);
  const frequency = frequencySchema.safeParse(formData.get("frequency"));
  const saved = id.ok && frequency.success && (await changeFrequency(id.value, frequency.data));
  redirect(frequencyPath(token, saved));
}

// The suspended notice's button on the frequency page, which then shows the form again.
export async function resumeAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  const id = subscriberIdFromToken(TokenPurpose.frequency, token);
  if (id.ok) await resumeSubscription(id.value);
  redirect(frequencyPath(token));
}
