// Comment writes per member: 5 a minute and 30 an hour, enough to discuss, too few to flood.
import { fail, ok, type Outcome } from "../http/outcome";
import { limiter, spend } from "../http/rate-limit";

/** `rate_limited` when the member has written too much too fast. */
export async function limitCommentWrites(memberId: string): Promise<Outcome<void>> {
  const retryAfterSeconds = await spend([
    [limiter("comment-minute", { points: 5, duration: 60 }), memberId],
    [limiter("comment-hour", { points: 30, duration: 3600 }), memberId],
  ]);
  if (retryAfterSeconds === null) return ok();
  return fail("rate_limited", "You are commenting too fast. Please wait a minute.", { retryAfterSeconds });
}
