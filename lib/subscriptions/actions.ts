"use server";
// The digest's forms: subscribing from the header, unsubscribing and changing frequency from the
// links in a digest. Each works without JavaScript.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { HttpError } from "@/lib/http/errors";
import { frequencyPath, unsubscribePath } from "@/lib/http/paths";
import { clientAddress } from "@/lib/http/rate-limit";
import { limitSubscribeRequests } from "@/lib/subscriptions/limits";
import { changeFrequency, requestSubscription, subscriberIdFromToken, unsubscribe } from "@/lib/subscriptions/subscriptions";
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
  const values = { email: String(formData.get("email") ?? ""), frequency: String(formData.get("frequency") ?? "daily") };
  const parsed = subscribeInput.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: NonNullable<SubscribeState["fieldErrors"]> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof typeof fieldErrors;
      fieldErrors[field] ??= sentence(issue.message);
    }
    return { status: "error", fieldErrors, values };
  }
  try {
    await limitSubscribeRequests(parsed.data.email, clientAddress(await headers()));
    await requestSubscription(parsed.data);
  } catch (error) {
    if (error instanceof HttpError) return { status: "error", message: error.message, values };
    throw error;
  }
  return { status: "accepted", message: SUBSCRIBE_ACCEPTED };
}

export async function unsubscribeAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  await unsubscribe(subscriberIdFromToken("unsubscribe", token));
  redirect(unsubscribePath(token));
}

export async function changeFrequencyAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  const id = subscriberIdFromToken("frequency", token);
  const frequency = frequencySchema.safeParse(formData.get("frequency"));
  if (frequency.success) await changeFrequency(id, frequency.data);
  redirect(frequencyPath(token, frequency.success));
}
