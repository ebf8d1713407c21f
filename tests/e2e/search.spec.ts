import { expect, test } from "@playwright/test";
import { rawRequest } from "./raw-http";
import { E2E_TRUSTED_PROXY } from "./server-config";

test.describe("finding papers", () => {
  test("search from the header, open a result, follow its organization link", async ({ page }) => {
    await page.goto("/papers/date/2026-06-22");
    const search = page.getByRole("search").first();
    await search.getByRole("searchbox", { name: "Search papers" }).fill('"lip synchronization" diffus*');
    await search.getByRole("button", { name: "Search" }).click();

    await expect(page).toHaveURL(/\/papers\?q=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText('Search: "lip synchronization" diffus*');
    const results = page.getByRole("list", { name: "Search results" }).locator("article");
    await expect(results.first().getByRole("heading")).toHaveText(/^Lip Forcing/);
    await expect(results.first().locator("mark").first()).toHaveText(/^(Lip|Synchronization|Diffusion)$/i);

    await results
      .first()
      .getByRole("link", { name: /^Lip Forcing/ })
      .click();
    await expect(page).toHaveURL(/\/papers\/lip-forcing-few-step-autoregressive-diffusion/);
    await expect(page.getByRole("heading", { level: 2, name: "More like this" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Related papers" }).locator("article")).not.toHaveCount(0);

    await page.getByRole("main").getByRole("link", { name: "KAIST AI", exact: true }).first().click();
    await expect(page).toHaveURL(/\/organizations\/kaist-ai$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("KAIST AI");
    await expect(page.locator("main article", { hasText: "Lip Forcing" })).toBeVisible();
  });

  test("an organization link on a card leads to its page, and a slug in another case redirects there", async ({
    page,
  }) => {
    await page.goto("/papers/date/2026-06-22");
    await page.locator("main article").getByRole("link", { name: "JetBrains", exact: true }).first().click();
    await expect(page).toHaveURL(/\/organizations\/JetBrains$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("JetBrains");
    await expect(page.locator("main article").first()).toContainText("JetBrains");

    await page.goto("/organizations/agi-lab-hf");
    await expect(page).toHaveURL(/\/organizations\/AGI-LAB-HF$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("AGI Lab");

    const response = await page.goto("/organizations/no-such-lab");
    expect(response?.status()).toBe(404);
  });

  test("a search with no match says so and suggests removing words; hostile input is plain text", async ({ page }) => {
    await page.goto(`/papers?q=${encodeURIComponent('quokkas NEAR( "* AND OR <script>')}`);
    await expect(page.getByText("No papers match all of these words.")).toBeVisible();
    await expect(page.getByText(/Try removing a word or two/)).toBeVisible();

    await page.goto(`/papers?q=${"x".repeat(600)}`);
    await expect(page.getByText(/That search cannot run: it must be at most 500 characters/)).toBeVisible();

    const withNul = await page.goto("/papers?q=diffusion%00models");
    expect(withNul?.status()).toBe(200);
    await expect(page.getByText(/That search cannot run: it must not contain control characters/)).toBeVisible();
  });

  test("every page links the feeds, which answer RSS, Atom and JSON Feed", async ({ page, request }) => {
    await page.goto("/papers");
    const alternates = page.locator('head link[rel="alternate"]');
    await expect(alternates).toHaveCount(6);
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute(
      "href",
      /\/papers\/feed\.xml$/,
    );

    const rss = await request.get("/papers/feed.xml");
    expect(rss.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    expect(await rss.text()).toContain('<guid isPermaLink="true">');
    const etag = rss.headers()["etag"];
    expect((await request.get("/papers/feed.xml", { headers: { "If-None-Match": etag } })).status()).toBe(304);
    expect((await request.get("/papers/trending/atom.xml")).headers()["content-type"]).toBe(
      "application/atom+xml; charset=utf-8",
    );
    const json = await (await request.get("/papers/feed.json")).json();
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    // Every seed paper; other tests' imports and submissions may have added more.
    expect(json.items.length).toBeGreaterThanOrEqual(58);
  });

  test("a client past 60 searches a minute gets a 429 with Retry-After, page and API alike", async () => {
    // A client address of its own, named by the trusted proxy (the app believes no one else's
    // X-Forwarded-For), so that the other tests' searches keep their budget.
    const viaProxy = (path: string) =>
      rawRequest({ path, headers: { "x-forwarded-for": "10.77.0.1" }, from: E2E_TRUSTED_PROXY });
    for (let i = 0; i < 60; i += 1) {
      expect((await viaProxy(i % 2 ? "/papers?q=diffusion" : "/api/papers/search?q=diffusion")).status).toBe(200);
    }
    const api = await viaProxy("/api/papers/search?q=diffusion");
    expect(api.status).toBe(429);
    expect(Number(api.headers["retry-after"])).toBeGreaterThan(0);
    expect(JSON.parse(api.body).error).toMatch(/Too many searches/);
    const page = await viaProxy("/papers?q=diffusion");
    expect(page.status).toBe(429);
    expect(page.body).toContain("Too many searches");
    // Reading papers is not searching.
    expect((await viaProxy("/papers")).status).toBe(200);
  });
});
