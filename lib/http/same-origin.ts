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
 * True when the request has an `Origin` naming a host other than this site's (the request's Host,
 * or APP_URL's host behind a proxy). No `Origin` (curl, a server) is not cross-site; `Origin: null`
 * (a sandboxed or privacy-stripped context) is.
 */
function isCrossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = hostOf(origin);
  const own = [request.headers.get("host"), hostOf(request.url), hostOf(getEnv().APP_URL)];
  return host === null || !own.includes(host);
}

/** `forbidden` for a cross-site request to a state-changing endpoint. */
export function checkSameSite(request: Request, refusal: string): Outcome<void> {
  return isCrossSite(request) ? fail("forbidden", refusal) : ok();
}
