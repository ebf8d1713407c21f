"use server";
// The sign-in form: an address in, a link out by email, answered inline; works without JavaScript.
import { headers } from "next/headers";
import { clientAddress } from "@/lib/http/rate-limit";
import { spendSignInRequest, TOO_MANY_SIGN_IN_REQUESTS } from "@/lib/members/limits";
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
  const requestHeaders = await headers();
  if ((await spendSignInRequest(parsed.data.email, clientAddress(requestHeaders))) !== null) {
    return { status: "error", message: TOO_MANY_SIGN_IN_REQUESTS, email };
  }
  const outcome = await requestSignInLink(parsed.data.email, requestHeaders);
  if (outcome.kind === "domain-not-allowed") return { status: "error", message: outcome.message, email };
  return { status: "sent", message: SIGN_IN_SENT };
}
