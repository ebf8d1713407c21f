// Subscription requests: 5 an hour per email address, 20 an hour per client address.
import { HttpError } from "../http/errors";
import { limiter, spend } from "../http/rate-limit";

const HOUR = 3600;

/** Throws a 429 with Retry-After when the address or the client has asked too often. */
export async function limitSubscribeRequests(email: string, client: string): Promise<void> {
  const retryAfter = await spend([
    [limiter("subscribe-client", { points: 20, duration: HOUR }), client],
    [limiter("subscribe-address", { points: 5, duration: HOUR }), email],
  ]);
  if (retryAfter !== null) {
    throw new HttpError(429, "Too many requests for this address or from your network. Please try again later.", {
      "Retry-After": String(retryAfter),
    });
  }
}
