// Subscription requests: 5 an hour per mailbox (however its address is spelled), 20 an hour per
// client address.
import { fail, ok, type Outcome } from "../http/outcome";
import { limiter, spend } from "../http/rate-limit";
import { mailboxKey } from "./address-key";

const HOUR = 3600;

/** `rate_limited`, with the seconds to wait, when the address or the client has asked too often. */
export async function limitSubscribeRequests(email: string, client: string): Promise<Outcome<void>> {
  const retryAfterSeconds = await spend([
    [limiter("subscribe-client", { points: 20, duration: HOUR }), client],
    [limiter("subscribe-address", { points: 5, duration: HOUR }), mailboxKey(email)],
  ]);
  if (retryAfterSeconds === null) return ok();
  return fail("rate_limited", "Too many requests for this address or from your network. Please try again later.", { retryAfterSeconds });
}
