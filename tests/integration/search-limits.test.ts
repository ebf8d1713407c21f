// The search rate limit, counted by the proxy (proxy.ts) for the search page and the API alike, and
// the proxy's rewrite of a search page onto its cached route.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { cachedSearchPath, wordsOfSegment } from "@/lib/search/cached-route";
import { SEARCH_LIMIT } from "@/lib/search/limits";

const search = (path: string, from: string) =>
  proxy(new NextRequest(`http://localhost${path}`, { headers: { "x-forwarded-for": from } }));

describe("the search rate limit", () => {
  it("lets a client search SEARCH_LIMIT times a minute, then answers 429 with Retry-After, page and API alike", async () => {
    for (let i = 0; i < SEARCH_LIMIT.points; i += 1) {
      const answer = await search(i % 2 ? "/papers?q=model" : "/api/papers/search?q=model", "10.1.1.1");
      expect(answer.headers.get(i % 2 ? "x-middleware-rewrite" : "x-middleware-next")).toBeTruthy();
    }

    const api = await search("/api/papers/search?q=model", "10.1.1.1");
    expect(api.status).toBe(429);
    expect(Number(api.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await api.json()).error).toMatch(/Too many searches/);

    const page = await search("/papers?q=diffusion", "10.1.1.1");
    expect(page.status).toBe(429);
    expect(page.headers.get("Content-Type")).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/<h1>Too many searches<\/h1>/);

    // Another client is not held back.
    expect((await search("/papers?q=model", "10.2.2.2")).headers.get("x-middleware-rewrite")).toBeTruthy();
  });

  it("runs for search requests only, the cached route's own address included", () => {
    expect(config.matcher).toEqual([
      { source: "/papers", has: [{ type: "query", key: "q" }] },
      "/api/papers/search",
      "/search/:path*",
    ]);
  });

  it("sends a search that can run to its cached page, words trimmed, and refused input to the dynamic page", async () => {
    const rewrite = async (path: string) =>
      (await search(path, "10.3.3.3")).headers.get("x-middleware-rewrite")?.replace("http://localhost", "");
    expect(await rewrite("/papers?q=%20a/b%20..%20&p=3")).toBe(cachedSearchPath("a/b ..", 3));
    expect(await rewrite("/papers?q=model&p=x")).toBe(cachedSearchPath("model", 0));
    expect(wordsOfSegment(cachedSearchPath("a/b ..", 3).split("/")[2])).toBe("a/b ..");
    expect(wordsOfSegment("not-what-the-proxy-makes")).toBeNull();
    for (const refused of ["/papers?q=%20", `/papers?q=${"x".repeat(501)}`, "/papers?q=a%00b"]) {
      const answer = await search(refused, "10.3.3.3");
      expect(answer.headers.get("x-middleware-next"), refused).toBe("1");
    }
  });
});
