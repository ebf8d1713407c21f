"use server";
// The sign-in form: an address in, a link out by email, answered inline; works without JavaScript.
import { headers } from "next/headers";
import { SIGN_IN_SENT, signInInput } from "@/lib/members/schema";
import { requestSignInLink } from "@/lib/members/sign-in";

export interface SignInState {
  status: "idle" | "sent" | "error";
  message?: string;
  /** What was typed, shown again next to an error. */
  email?: string;
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const parsed = signInInput.safeParse({ email });
  if (!parsed.success) {
    const message = parsed.error.issues[0].message;
    return { status: "error", message: `${message.charAt(0).toUpperCase()}${message.slice(1)}.`, email };
  }
  const outcome = await requestSignInLink(parsed.data.email, await headers());
  if (!outcome.ok) return { status: "error", message: outcome.error.message, email };
  return { status: "sent", message: SIGN_IN_SENT };
}
