"use server";
// The digest's forms: subscribing from the header, unsubscribing and the preferences from the
// links in a digest. Each works without JavaScript.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { TokenPurpose } from "@/lib/db/signing";
import { DigestFrequency } from "@/lib/generated/prisma/enums";
import { confirmSubscriptionPath, preferencesPath, unsubscribePath } from "@/lib/http/paths";
import { isCrossSite } from "@/lib/http/same-origin";
import { clientAddress } from "@/lib/http/client-address";
import {
  confirmSubscription,
  resumeSubscription,
  subscribe,
  subscriberIdFromToken,
  unsubscribe,
} from "@/lib/subscriptions/subscriptions";
import { SUBSCRIBE_ACCEPTED, subscribeInput } from "@/lib/subscriptions/schema";
import { savePreferences } from "@/lib/subscriptions/preference-store";
import { preferencesForm, toPreferences, type PreferencesFormField } from "@/lib/subscriptions/preferences";

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

export interface PreferencesState {
  message?: string;
  fieldErrors?: Partial<Record<PreferencesFormField, string>>;
  /** What was sent, shown again next to the errors. */
  values?: Record<string, string>;
}

const FORM_FIELDS = preferencesForm.keyof().options;

/**
 * The preference form: saved whole or not at all, from the signed link's page on this site only.
 * A mistake comes back field by field; a saved form returns to the page, which says so.
 */
export async function savePreferencesAction(
  _previous: PreferencesState,
  formData: FormData,
): Promise<PreferencesState> {
  const token = String(formData.get("token") ?? "");
  const values = Object.fromEntries(FORM_FIELDS.map((field) => [field, String(formData.get(field) ?? "")]));
  if (isCrossSite(await headers())) return { message: "This form can only be sent from this site.", values };
  const id = subscriberIdFromToken(TokenPurpose.preferences, token);
  if (!id.ok) return { message: id.error.message, values };
  // An unticked checkbox sends nothing, which the schema reads as "off".
  const parsed = preferencesForm.safeParse(
    Object.fromEntries(FORM_FIELDS.flatMap((field) => (formData.has(field) ? [[field, formData.get(field)]] : []))),
  );
  if (!parsed.success) {
    const fieldErrors: NonNullable<PreferencesState["fieldErrors"]> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as PreferencesFormField;
      fieldErrors[field] ??= sentence(issue.message);
    }
    return { message: "Nothing was saved: please correct the fields marked below.", fieldErrors, values };
  }
  if (!(await savePreferences(id.value, toPreferences(parsed.data)))) {
    return { message: "Nothing was saved: this address no longer gets the digest.", values };
  }
  redirect(preferencesPath(token, true));
}

// The suspended notice's button on the preference page, which then shows the form again.
export async function resumeAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  const id = subscriberIdFromToken(TokenPurpose.preferences, token);
  if (id.ok) await resumeSubscription(id.value);
  redirect(preferencesPath(token));
}
