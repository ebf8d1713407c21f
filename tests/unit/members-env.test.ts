// The members' variables: comma lists read leniently, anything malformed named at start-up.
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/db/env";

const BASE = { SESSION_SECRET: "x".repeat(32) };

describe("members' environment variables", () => {
  it("defaults to anyone may join, no admins, anonymous votes on", () => {
    expect(parseEnv(BASE)).toMatchObject({ ALLOWED_EMAIL_DOMAINS: [], ADMIN_EMAILS: [], ANONYMOUS_VOTES: true });
  });

  it("reads comma lists lower-cased and trimmed, and the flag's words", () => {
    const env = parseEnv({
      ...BASE,
      ALLOWED_EMAIL_DOMAINS: " Example.EDU,,lab.example.org ",
      ADMIN_EMAILS: "Ada@Example.edu",
      ANONYMOUS_VOTES: "false",
    });
    expect(env).toMatchObject({
      ALLOWED_EMAIL_DOMAINS: ["example.edu", "lab.example.org"],
      ADMIN_EMAILS: ["ada@example.edu"],
      ANONYMOUS_VOTES: false,
    });
    expect(parseEnv({ ...BASE, ANONYMOUS_VOTES: "1" }).ANONYMOUS_VOTES).toBe(true);
  });

  it("names each malformed variable", () => {
    expect(() => parseEnv({ ...BASE, ALLOWED_EMAIL_DOMAINS: "@example.edu" })).toThrow(
      /ALLOWED_EMAIL_DOMAINS.*: must be domains/,
    );
    expect(() => parseEnv({ ...BASE, ADMIN_EMAILS: "ada" })).toThrow(/ADMIN_EMAILS.*: must be email addresses/);
    expect(() => parseEnv({ ...BASE, ANONYMOUS_VOTES: "yes" })).toThrow(/ANONYMOUS_VOTES: must be "true" or "false"/);
  });
});
