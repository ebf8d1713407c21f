// Sign-in link requests: 5 an hour per address (nobody's inbox gets flooded), 20 an hour per client.
import { fail, ok, type Outcome } from "../http/outcome";
import { limiter, spend } from "../http/rate-limit";

const HOUR = 3600;

/** `rate_limited`, with the seconds to wait, when the address or the client has asked too often. */
export async function limitSignInRequests(email: string, client: string): Promise<Outcome<void>> {
  const retryAfterSeconds = await spend([
    [limiter("sign-in-client", { points: 20, duration: HOUR }), client],
    [limiter("sign-in-address", { points: 5, duration: HOUR }), email],
  ]);
  if (retryAfterSeconds === null) return ok();
  return fail(
    "rate_limited",
    "Too many sign-in links asked for this address or from your network. Please try again later.",
    {
      retryAfterSeconds,
    },
  );
}
