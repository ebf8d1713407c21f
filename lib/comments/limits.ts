// Comment writes per member: 5 a minute and 30 an hour, enough to discuss, too few to flood.
import { limiter, spend } from "../http/rate-limit";

/** Null when allowed; otherwise the seconds to wait. */
export function spendCommentBudget(memberId: string): Promise<number | null> {
  return spend([
    [limiter("comment-minute", { points: 5, duration: 60 }), memberId],
    [limiter("comment-hour", { points: 30, duration: 3600 }), memberId],
  ]);
}
