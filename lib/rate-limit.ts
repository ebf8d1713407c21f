// Subscription requests per address and per client, counted in memory: enough for one server
// process, which is how the app is deployed; a cluster would need a shared store.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { HttpError } from "./http";

const HOUR = 3600;
const perAddress = new RateLimiterMemory({ keyPrefix: "subscribe-address", points: 5, duration: HOUR });
const perClient = new RateLimiterMemory({ keyPrefix: "subscribe-client", points: 20, duration: HOUR });

/**
 * The client's address as the nearest proxy reports it. `next start` fills x-forwarded-for with
 * the socket's address when a request comes without one; behind a proxy it is the proxy's to set.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}

/** Throws a 429 with Retry-After when the address or the client has asked too often. */
export async function limitSubscribeRequests(email: string, client: string): Promise<void> {
  try {
    await perClient.consume(client);
    await perAddress.consume(email);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new HttpError(429, "Too many requests for this address or from your network. Please try again later.", {
      "Retry-After": String(seconds),
    });
  }
}
