// The scheduled routes (digest, import) answer only to `Authorization: Bearer $CRON_SECRET`, which is what
// Vercel Cron sends; a self-hosted crontab sends the same header with curl.
import { createHash, timingSafeEqual } from "node:crypto";
import { getEnv } from "../db/env";
import { fail, ok, type Outcome } from "./outcome";

function digest(value: string): Buffer {
  // Equal-length digests let timingSafeEqual compare secrets of any length in constant time.
  return createHash("sha256").update(value).digest();
}

/** `unavailable` when no secret is configured (outside development), `unauthorized` for a missing or wrong one. */
export function checkCronSecret(request: Request): Outcome<void> {
  const { CRON_SECRET, NODE_ENV } = getEnv();
  if (!CRON_SECRET) {
    if (NODE_ENV === "development") return ok();
    return fail("unavailable", "CRON_SECRET is not set, so the scheduled jobs (digest, import) are disabled. Set it and send it as a bearer token.");
  }
  const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!timingSafeEqual(digest(given), digest(CRON_SECRET))) {
    return fail("unauthorized", "A valid `Authorization: Bearer <CRON_SECRET>` header is required.", {
      challenge: 'Bearer realm="cron"',
    });
  }
  return ok();
}
