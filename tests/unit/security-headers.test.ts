import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/http/security-headers";

const asMap = (https: boolean) => new Map(securityHeaders({ https, development: false }).map(({ key, value }) => [key, value]));

describe("security headers", () => {
  it("send HSTS and upgrade subresources only when APP_URL is https", () => {
    expect(asMap(true).get("Strict-Transport-Security")).toMatch(/^max-age=31536000/);
    expect(asMap(true).get("Content-Security-Policy")).toContain("upgrade-insecure-requests");
    expect(asMap(false).has("Strict-Transport-Security")).toBe(false);
    expect(asMap(false).get("Content-Security-Policy")).not.toContain("upgrade-insecure-requests");
  });

  it("never let production scripts be evaluated from strings", () => {
    expect(asMap(true).get("Content-Security-Policy")).not.toContain("unsafe-eval");
  });
});
