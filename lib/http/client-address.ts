// Who is asking, for rate limits. A header is only as honest as whoever wrote it: the TCP peer is
// the one address nobody can make up, so it is the client unless TRUSTED_PROXIES names the proxies
// in front of the app. Then X-Forwarded-For is read from the right, skipping hops that trusted
// proxies appended, and the first hop a trusted proxy did not vouch for is the client.
//
// Next.js cannot tell: it keeps a client-sent X-Forwarded-For as it is and only fills it from the
// socket when there is none. So the app's own server (scripts/serve.ts) resolves the address here
// and overwrites X-Forwarded-For with it, and route handlers read that one value.
import type { IncomingMessage } from "node:http";
import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";

/** Whether the hop at `index` (0 = the socket's peer) is a proxy to believe. */
export type ProxyTrust = (address: string, index: number) => boolean;

const trustNothing: ProxyTrust = () => false;

/**
 * TRUSTED_PROXIES as a trust function: unset or empty trusts nothing; a number trusts that many
 * hops nearest the app (Vercel and most load balancers: 1); otherwise a comma-separated list of
 * addresses, CIDR ranges and proxy-addr's names (loopback, linklocal, uniquelocal). Throws on
 * anything else, so a typo fails at start-up instead of trusting nothing in silence.
 */
export function parseTrustedProxies(value: string | undefined): ProxyTrust {
  const text = value?.trim() ?? "";
  if (text === "") return trustNothing;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, index) => index < hops;
  }
  const ranges = text.split(",").map((part) => part.trim());
  try {
    return proxyaddr.compile(ranges);
  } catch (error) {
    throw new Error(`must be a hop count or a list of addresses and CIDR ranges (${(error as Error).message})`);
  }
}

/** The client of an incoming request: its socket's peer, or the hop the trusted proxies name. */
export function resolveClientAddress(request: IncomingMessage, trust: ProxyTrust): string {
  return proxyaddr(request, trust);
}

/**
 * The key that rate limits count against: an IPv4 address as it is; an IPv6 address by its /64
 * prefix, the block one household or machine gets, so that rotating the low 64 bits buys nothing.
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address.slice(0, 64) || "unknown";
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  if (parsed.kind() === "ipv4") return parsed.toString();
  const network = new ipaddr.IPv6([...(parsed as ipaddr.IPv6).parts.slice(0, 4), 0, 0, 0, 0]);
  return `${network.toString()}/64`;
}

/**
 * The rate-limit key of the client, from the X-Forwarded-For value the app's server wrote (one
 * address). Under a bare `next start` that value is whatever the client sent: serve with `npm start`.
 */
export function clientAddress(headers: Headers): string {
  return addressKey(headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "");
}
