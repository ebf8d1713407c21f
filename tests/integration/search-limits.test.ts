// The search rate limit, counted by the proxy (proxy.ts) for the search page and the API alike.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";
import { SEARCH_LIMIT } from "@/lib/search/limits";

const search = (path: string, from: string) => proxy(new NextRequest(`http://localhost${path}`, { headers: { "x-forwarded-for": from } }));

describe("the search rate limit", () => {
  it("lets a client search SEARCH_LIMIT times a minute, then answers 429 with Retry-After, page and API alike", async () => {
    for (let i = 0; i < SEARCH_LIMIT.points; i += 1) {
      const answer = await search(i % 2 ? "/papers?q=model" : "/api/papers/search?q=model", "10.1.1.1");
      expect(answer.headers.get("x-middleware-next")).toBe("1");
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
    expect((await search("/papers?q=model", "10.2.2.2")).headers.get("x-middleware-next")).toBe("1");
  });

  it("runs for search requests only", () => {
    expect(config.matcher).toEqual([{ source: "/papers", has: [{ type: "query", key: "q" }] }, "/api/papers/search"]);
  });
});
