// The upstream client's etiquette, against a loopback server that misbehaves as real ones do.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient, parseRetryAfter, RequestGate } from "@/lib/ingest/http-client";
import { startFixtureServer, type FixtureServer } from "../support/fixtures/fixture-server";
import { TEST_USER_AGENT, testHttp, upstreamFailure } from "../support/ingest";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(() => ({ contentType: "text/plain", body: "hello" }));
});
afterAll(() => server.close());

describe("parseRetryAfter", () => {
  it("reads delta-seconds and HTTP dates, and ignores nonsense", () => {
    const now = Date.parse("2026-06-22T12:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("Mon, 22 Jun 2026 12:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Mon, 22 Jun 2026 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe("the upstream client", () => {
  it("names the app and a contact address in every request", async () => {
    const before = server.requests.length;
    await testHttp("Fixture").getText(server.url, "text/plain");
    expect(server.requests.slice(before).map((request) => request.userAgent)).toEqual([TEST_USER_AGENT]);
  });

  it("waits as long as a 429's Retry-After says, then succeeds", async () => {
    server.failNext({ kind: "status", status: 429, retryAfter: "1" });
    const before = server.requests.length;
    const answer = await testHttp("Fixture").getText(server.url, "text/plain");
    expect(answer.body).toBe("hello");
    const [first, second] = server.requests.slice(before);
    expect(second.at - first.at).toBeGreaterThanOrEqual(950);
  });

  it("retries a 503 with exponential backoff and succeeds", async () => {
    server.failNext({ kind: "status", status: 503 }, 2);
    const before = server.requests.length;
    const answer = await testHttp("Fixture", { backoffMs: 100 }).getText(server.url, "text/plain");
    expect(answer.body).toBe("hello");
    const times = server.requests.slice(before).map((request) => request.at);
    expect(times).toHaveLength(3);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(95);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(195);
  });

  it("gives up after its retries with the upstream's status", async () => {
    server.failNext({ kind: "status", status: 502 }, 3);
    const error = await upstreamFailure(testHttp("Fixture", { retries: 2 }).getText(server.url, "text/plain"));
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/Fixture answered HTTP 502 .* \(gave up after 3 attempts\)/);
  });

  it("does not retry a 404", async () => {
    server.failNext({ kind: "status", status: 404 });
    const before = server.requests.length;
    const error = await upstreamFailure(testHttp("Fixture").getText(server.url, "text/plain"));
    expect(error.status).toBe(404);
    expect(server.requests.length - before).toBe(1);
  });

  it("ends the run rather than retry sooner than a long Retry-After allows", async () => {
    server.failNext({ kind: "status", status: 429, retryAfter: "3600" });
    const before = server.requests.length;
    const error = await upstreamFailure(testHttp("Fixture", { maxWaitMs: 5_000 }).getText(server.url, "text/plain"));
    expect(error.message).toMatch(/asks to wait 3600 s, longer than the 5 s this run waits/);
    expect(server.requests.length - before).toBe(1);
  });

  it("times out a server that never answers, retrying before it gives up", async () => {
    server.failNext({ kind: "hang" }, 2);
    const before = server.requests.length;
    const error = await upstreamFailure(
      testHttp("Fixture", { timeoutMs: 200, retries: 1 }).getText(server.url, "text/plain"),
    );
    expect(error.kind).toBe("timeout");
    expect(error.message).toMatch(/Fixture did not answer within 0.2 s \(gave up after 2 attempts\)/);
    expect(server.requests.length - before).toBe(2);
  });

  it("recovers when a hang is followed by an answer", async () => {
    server.failNext({ kind: "hang" });
    const answer = await testHttp("Fixture", { timeoutMs: 200 }).getText(server.url, "text/plain");
    expect(answer.body).toBe("hello");
  });

  it("spaces requests through a gate one at a time, even when they are made at once", async () => {
    const gate = new RequestGate(150);
    const client = createHttpClient({ upstream: "Fixture", userAgent: TEST_USER_AGENT, timeoutMs: 2_000, gate });
    const before = server.requests.length;
    await Promise.all([1, 2, 3].map(() => client.getText(server.url, "text/plain")));
    const seen = server.requests.slice(before);
    expect(seen).toHaveLength(3);
    // Each request arrives only after the previous one was answered, and the interval later.
    expect(seen[1].at - seen[0].answeredAt!).toBeGreaterThanOrEqual(150);
    expect(seen[2].at - seen[1].answeredAt!).toBeGreaterThanOrEqual(150);
  });
});
