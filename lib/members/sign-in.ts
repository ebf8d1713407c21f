// Signing in with an emailed link, in two steps: ask for a link, then confirm it by a POST from the
// page the link opens (a GET never signs anyone in, so link scanners that open it do nothing).
import { isAPIError } from "better-auth/api";
import { db } from "../db/client";
import { fail, ok, type Outcome } from "../http/outcome";
import { clientAddress } from "../http/client-address";
import { BLOCKED_MESSAGE } from "./blocked";
import { limitSignInRequests } from "./limits";
import { allowedDomainsText, mayCreateAccount } from "./policy";
import { getAuth } from "./auth";

/**
 * Emails a sign-in link, within the rate limits, unless the address may not become a member and is
 * not one already.
 */
export async function requestSignInLink(email: string, headers: Headers): Promise<Outcome<void>> {
  const limited = await limitSignInRequests(email, clientAddress(headers));
  if (!limited.ok) return limited;
  const member = await db.user.findUnique({ where: { email }, select: { blockedAt: true } });
  if (member?.blockedAt) return fail("forbidden", BLOCKED_MESSAGE);
  if (!member && !mayCreateAccount(email))
    return fail("forbidden", `Accounts here are for addresses at ${allowedDomainsText()}.`);
  await getAuth().api.signInMagicLink({ body: { email }, headers });
  return ok();
}

export type SignInFailure = "link" | "domain" | "blocked";

/** Why a link signed nobody in, as the sign-in page says it. */
export const SIGN_IN_FAILURES: Record<SignInFailure, string> = {
  link: "This sign-in link has expired or has been used already. Ask for a new one below.",
  domain: "Accounts here are limited to some email domains, and this address is not in one.",
  blocked: BLOCKED_MESSAGE,
};

export type SignInConfirmOutcome =
  | { kind: "signed-in"; userId: string; setCookies: string[] }
  | { kind: "invalid"; reason: SignInFailure; message: string };

/** Better Auth answers a failed link with a redirect whose `error` names the reason. */
function failureCode(error: unknown): string | null {
  if (!isAPIError(error)) return null;
  const location = new Headers(error.headers as HeadersInit | undefined).get("location");
  return location ? (new URL(location, "http://local").searchParams.get("error") ?? "") : null;
}

/** Consumes the link's token: a session for its address, or why not. */
export async function confirmSignIn(token: string, headers: Headers): Promise<SignInConfirmOutcome> {
  try {
    const result = await getAuth().api.magicLinkVerify({ query: { token }, headers, returnHeaders: true });
    return { kind: "signed-in", userId: result.response.user.id, setCookies: result.headers.getSetCookie() };
  } catch (error) {
    const code = failureCode(error);
    if (code === null) throw error;
    const reason: SignInFailure =
      code === "email_domain_not_allowed" ? "domain" : code === "failed_to_create_session" ? "blocked" : "link";
    return { kind: "invalid", reason, message: SIGN_IN_FAILURES[reason] };
  }
}
