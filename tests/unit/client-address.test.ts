import { Socket } from "node:net";
import { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { addressKey, parseTrustedProxies, resolveClientAddress } from "@/lib/http/client-address";

/** A request as Node's server hands it over: from a socket's peer, with these headers. */
function requestFrom(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: remoteAddress });
  const request = new IncomingMessage(socket);
  if (forwardedFor !== undefined) request.headers["x-forwarded-for"] = forwardedFor;
  return request;
}

describe("client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const trust = parseTrustedProxies(undefined);
    expect(resolveClientAddress(requestFrom("198.51.100.7", "203.0.113.1"), trust)).toBe("198.51.100.7");
    expect(resolveClientAddress(requestFrom("198.51.100.7"), trust)).toBe("198.51.100.7");
  });

  it("is the rightmost hop no trusted proxy vouches for, by hop count or by address range", () => {
    // The client made up 1.1.1.1; the trusted proxy appended what it saw, 203.0.113.9.
    const spoofed = "1.1.1.1, 203.0.113.9";
    expect(resolveClientAddress(requestFrom("10.0.0.2", spoofed), parseTrustedProxies("1"))).toBe("203.0.113.9");
    expect(resolveClientAddress(requestFrom("10.0.0.2", spoofed), parseTrustedProxies("10.0.0.0/8"))).toBe("203.0.113.9");
    // Two proxies in the range: the hop before them is the client.
    expect(resolveClientAddress(requestFrom("10.0.0.2", "1.1.1.1, 203.0.113.9, 10.0.0.3"), parseTrustedProxies("10.0.0.0/8"))).toBe("203.0.113.9");
    // A request straight from an untrusted address is not believed.
    expect(resolveClientAddress(requestFrom("198.51.100.7", spoofed), parseTrustedProxies("10.0.0.0/8"))).toBe("198.51.100.7");
    expect(resolveClientAddress(requestFrom("::ffff:127.0.0.2", "203.0.113.5"), parseTrustedProxies("127.0.0.2"))).toBe("203.0.113.5");
  });

  it("refuses a TRUSTED_PROXIES it cannot read", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/hop count or a list/);
    expect(() => parseTrustedProxies("proxy.example.org")).toThrow(/hop count or a list/);
  });

  it("counts IPv6 clients per /64 and IPv4-mapped addresses as IPv4", () => {
    expect(addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2::1")).toBe(addressKey("2001:db8:1:2:ffff::9"));
    expect(addressKey("2001:db8:1:3::1")).not.toBe(addressKey("2001:db8:1:2::1"));
    expect(addressKey("::ffff:192.0.2.4")).toBe("192.0.2.4");
    expect(addressKey("192.0.2.4")).toBe("192.0.2.4");
    expect(addressKey("")).toBe("unknown");
  });
});
