// The one mapping from outcomes to HTTP: each failure kind's status, its message as `{ error }`,
// its details as headers, and nothing of an unexpected error's text.
import { describe, expect, it } from "vitest";
import { fail, ok, type FailureKind } from "@/lib/http/outcome";
import { failureResponse, respond, route } from "@/lib/http/respond";
import { allowConsoleErrors } from "../setup/console";

describe("failureResponse", () => {
  it("gives each kind of failure its status and the message as the error body", async () => {
    // Written out here, not imported: this is the contract clients see.
    const statuses: [FailureKind, number][] = [
      ["invalid", 400],
      ["unauthorized", 401],
      ["forbidden", 403],
      ["not_found", 404],
      ["too_large", 413],
      ["unsupported_media_type", 415],
      ["rate_limited", 429],
      ["unavailable", 503],
    ];
    for (const [kind, status] of statuses) {
      const response = failureResponse(fail(kind, `about ${kind}`).error);
      expect(response.status, kind).toBe(status);
      expect(await response.json()).toEqual({ error: `about ${kind}` });
    }
  });

  it("sends Retry-After and WWW-Authenticate only when the failure names them", () => {
    const limited = failureResponse(fail("rate_limited", "slow down", { retryAfterSeconds: 42 }).error);
    expect(limited.headers.get("retry-after")).toBe("42");
    const unauthorized = failureResponse(
      fail("unauthorized", "who are you", { challenge: 'Bearer realm="cron"' }).error,
    );
    expect(unauthorized.headers.get("www-authenticate")).toBe('Bearer realm="cron"');
    const plain = failureResponse(fail("invalid", "no").error);
    expect(plain.headers.get("retry-after")).toBeNull();
    expect(plain.headers.get("www-authenticate")).toBeNull();
  });
});

describe("respond and route", () => {
  it("builds the success answer from the value, and never calls it for a failure", async () => {
    const answered = await respond(ok(7), (value) => Response.json({ value }));
    expect(await answered.json()).toEqual({ value: 7 });
    const refused = await respond(fail("not_found", "gone"), () => {
      throw new Error("the success answer was built for a failure");
    });
    expect(refused.status).toBe(404);
  });

  it("answers an unexpected error with a plain 500 that does not leak its text, and logs it", async () => {
    const logged = allowConsoleErrors();
    const handler = route(async () => {
      throw new Error("SQLITE_CORRUPT at /var/secret/path.db");
    });
    const response = await handler(new Request("http://localhost/api/x"), undefined);
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error).toMatch(/our side/);
    expect(JSON.stringify(body)).not.toMatch(/SQLITE|secret/);
    expect(logged).toHaveBeenCalledTimes(1);
  });
});
