// Sign-in link requests: 5 an hour per address (nobody's inbox gets flooded), 20 an hour per client.
import { limiter, spend } from "../http/rate-limit";

const HOUR = 3600;

export const TOO_MANY_SIGN_IN_REQUESTS = "Too many sign-in links asked for this address or from your network. Please try again later.";

/** Null when allowed; otherwise the seconds to wait. */
export function spendSignInRequest(email: string, client: string): Promise<number | null> {
  return spend([
    [limiter("sign-in-client", { points: 20, duration: HOUR }), client],
    [limiter("sign-in-address", { points: 5, duration: HOUR }), email],
  ]);
}
