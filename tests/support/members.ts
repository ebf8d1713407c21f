// Signs members in the way a browser does: ask for a link, read it from the mail, post its token.
import { POST as confirmPost } from "@/app/api/members/sign-in/confirm/route";
import { POST as signInPost } from "@/app/api/members/sign-in/route";
import { GET as sessionGet } from "@/app/api/members/session/route";
import type { ReceivedMail, TestSmtpServer } from "./smtp-server";

const ORIGIN = "http://localhost:3000";

export async function requestLink(email: string, client = "203.0.113.9") {
  const response = await signInPost(
    new Request(`${ORIGIN}/api/members/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": client, origin: ORIGIN },
      body: JSON.stringify({ email }),
    }),
    undefined,
  );
  return { status: response.status, body: await response.json() };
}

/** The token of the sign-in link in an email's plain-text part. */
export function linkToken(mail: ReceivedMail): string {
  const match = /\/sign-in\/confirm\?token=([\w-]+)/.exec(mail.parsed.text ?? "");
  if (!match) throw new Error(`No sign-in link in: ${mail.parsed.text}`);
  return match[1];
}

/** "name=value" of each Set-Cookie, for a Cookie header. */
export function cookieHeader(setCookies: string[]): string {
  return setCookies.map((cookie) => cookie.split(";")[0]).join("; ");
}

/** Posts the token as the confirmation page's form does; `cookie` is what the browser carries. */
export async function confirmLink(token: string, cookie = "") {
  const response = await confirmPost(
    new Request(`${ORIGIN}/api/members/sign-in/confirm`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, cookie },
      body: new URLSearchParams({ token }).toString(),
    }),
    undefined,
  );
  return {
    status: response.status,
    location: response.headers.get("location"),
    setCookies: response.headers.getSetCookie(),
  };
}

/** Signs `email` in from scratch; the Cookie header of the new session. */
export async function signIn(smtp: TestSmtpServer, email: string, cookie = ""): Promise<string> {
  const before = smtp.received.length;
  const asked = await requestLink(email);
  if (asked.status !== 202 || smtp.received.length !== before + 1)
    throw new Error(`No link for ${email}: ${JSON.stringify(asked)}`);
  const confirmed = await confirmLink(linkToken(smtp.received.at(-1)!), cookie);
  if (confirmed.location !== "/account") throw new Error(`Sign-in failed: ${confirmed.location}`);
  return cookieHeader(confirmed.setCookies);
}

export async function sessionMember(cookie: string) {
  const response = await sessionGet(new Request(`${ORIGIN}/api/members/session`, { headers: { cookie } }), undefined);
  return ((await response.json()) as { member: { name: string; handle: string; isAdmin: boolean } | null }).member;
}
