// The app as an attacker meets it, over real HTTP against the production server: the security
// headers on every kind of answer, bodies capped while they stream, and mail nobody can be signed
// up for. The attacks that move counts or measure time run last, alone: tests/e2e/alone/.
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { expect, test } from "@playwright/test";
import { confirmationLink, subscriberStatus } from "./mail";
import { rawRequest } from "./raw-http";

test.describe("security headers", () => {
  for (const [what, path, status] of [
    ["a page", "/papers/date/2026-06-22", 200],
    ["an API answer", "/api/papers/upvotes?ids=2406.00001", 200],
    ["a 404 page", "/papers/date/2026-02-30", 404],
    ["an API 404", "/api/papers/2406.99999/upvote", 404],
  ] as const) {
    test(`are on ${what}`, async ({ request }) => {
      const response = path.endsWith("/upvote") ? await request.delete(path) : await request.get(path);
      expect(response.status()).toBe(status);
      const headers = response.headers();
      const csp = headers["content-security-policy"];
      for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
        expect(csp).toContain(directive);
      }
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["x-frame-options"]).toBe("DENY");
      // APP_URL of the e2e server is http: no HSTS (tests/unit/security-headers.test.ts has the https case).
      expect(headers["strict-transport-security"]).toBeUndefined();
    });
  }

  test("the page runs under its policy: no script or style is blocked", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/papers/date/2026-06-22");
    await expect(page.getByRole("button", { name: /upvote/i }).first()).toBeEnabled();
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
});

test.describe("request bodies", () => {
  test("a chunked 5 MB body is refused with 413 while it streams, and nothing is stored", async () => {
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    const body = new Readable({
      read() {
        if (sent >= 5 * 1024 * 1024) return this.push(null);
        sent += chunk.length;
        this.push(chunk);
      },
    });
    const answer = await rawRequest({
      method: "POST",
      path: "/api/subscribe",
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      body,
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toMatch(/larger than/);
  });
});

test.describe("mail that cannot be abused", () => {
  test("a cross-site subscribe is 403 and stores nothing", async ({ request }) => {
    const email = `cross-site-${randomUUID()}@example.com`;
    const response = await request.post("/api/subscribe", { headers: { origin: "https://evil.example" }, data: { email } });
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toMatch(/this site/);
    expect(subscriberStatus(email)).toBeUndefined();
  });

  test("a GET of the confirmation link, however often (a mail scanner), confirms nothing", async ({ request }) => {
    const email = `scanned-${randomUUID()}@example.com`;
    expect((await request.post("/api/subscribe", { data: { email } })).status()).toBe(202);
    const link = await confirmationLink(email);
    for (let i = 0; i < 3; i += 1) {
      const page = await request.get(link);
      expect(page.status()).toBe(200);
      expect(await page.text()).toContain("Confirm subscription");
      expect((await request.head(link)).status()).toBe(200);
    }
    expect(subscriberStatus(email)).toBe("pending");
  });
});
