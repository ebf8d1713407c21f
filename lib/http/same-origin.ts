// Cross-site request refusal for state-changing endpoints. Browsers send `Origin` on every POST
// and DELETE, so a page on another site that makes a visitor's browser vote is recognised here.
import { getEnv } from "../db/env";
import { fail, ok, type Outcome } from "./outcome";

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * True when the request has an `Origin` naming a host other than this site's (the request's Host
 * or URL, or APP_URL's host behind a proxy). Server actions, which see headers and no Request, ask it too. No `Origin` (curl, a server) is not cross-site; `Origin: null`
 * (a sandboxed or privacy-stripped context) is.
 */
export function isCrossSite(headers: Headers, url?: string): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = hostOf(origin);
  const own = [headers.get("host"), url ? hostOf(url) : null, hostOf(getEnv().APP_URL)];
  return host === null || !own.includes(host);
}

/** `forbidden` for a cross-site request to a state-changing endpoint. */
export function checkSameSite(request: Request, refusal: string): Outcome<void> {
  return isCrossSite(request.headers, request.url) ? fail("forbidden", refusal) : ok();
}
