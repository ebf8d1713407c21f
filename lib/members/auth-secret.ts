// Better Auth's own secret, derived from SESSION_SECRET so that a deployment keeps one secret.
// Plain crypto, no server code: the browser tests sign a session cookie with it too.
import { createHmac } from "node:crypto";

/** The cookie Better Auth keeps the session in (cookiePrefix "dp"; "__Secure-" under https). */
export const SESSION_COOKIE = "dp.session_token";

export function authSecret(sessionSecret: string): string {
  return createHmac("sha256", sessionSecret).update("better-auth").digest("base64url");
}
