import { expect, test, type APIRequestContext } from "@playwright/test";
import { VOTER_COOKIE } from "@/lib/votes/voter-cookie";
import { E2E_BASE_URL } from "./server-config";

// One page per address, cached for everyone: whatever voter cookie a request carries (none, a
// valid one, a forged one, garbage), it gets the very bytes of the one cached render. Next 16
// answers a page served from its ISR cache with `x-nextjs-cache: HIT` (MISS when it rendered it
// for this request, STALE when it served an old copy while rendering anew).

/** A real voter cookie value, as the upvote API sets it (from a vote on a paper no other test counts). */
async function validVoterCookie(request: APIRequestContext): Promise<string> {
  const response = await request.post("/api/papers/waferllm-large-language-model-inference-at-wafer-scale/upvote");
  expect(response.status()).toBe(200);
  const value = /dp_voter=([^;]+)/.exec(response.headers()["set-cookie"] ?? "")?.[1];
  expect(value).toMatch(/^[0-9a-f-]{36}\.[\w-]+$/);
  return value!;
}

function cookieVariants(valid: string): Record<string, string | undefined> {
  const [id, signature] = valid.split(".");
  return {
    none: undefined,
    valid: `${VOTER_COOKIE}=${valid}`,
    // The right shape, but a signature this server never made.
    forged: `${VOTER_COOKIE}=${id}.${signature.split("").reverse().join("")}`,
    garbage: `${VOTER_COOKIE}=%E0%A4%A;;=; ${VOTER_COOKIE}=\u00ff`,
  };
}

async function fetchAs(request: APIRequestContext, path: string, cookie: string | undefined) {
  const response = await request.get(path, { headers: cookie ? { cookie } : {}, maxRedirects: 0 });
  expect(response.status(), `${path} with cookie ${cookie}`).toBe(200);
  return { cache: response.headers()["x-nextjs-cache"], body: await response.text() };
}

test.describe("pages cached for everyone", () => {
  for (const [name, path] of [
    ["a feed page", "/papers/date/2026-06-22"],
    ["a paper page", "/papers/swiftkv-fast-prefill-optimized-inference-with-knowledge-preserving-model-transfo"],
  ]) {
    test(`${name} is the same cached bytes with no cookie, a valid, a forged and a garbage voter cookie`, async ({
      playwright,
    }) => {
      // A fresh context per variant: no cookie jar carries one request's cookie into the next.
      const jar = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
      const cookies = cookieVariants(await validVoterCookie(jar));
      await jar.dispose();
      const request = await playwright.request.newContext({
        baseURL: E2E_BASE_URL,
        storageState: { cookies: [], origins: [] },
      });
      try {
        // Other tests vote on this day's papers meanwhile, and each vote marks the page to be
        // rendered anew: a round that straddles such a render may see two versions, so try again
        // (a page rendered per cookie would differ in every round).
        let rounds: { variant: string; cache: string; body: string }[] = [];
        for (let attempt = 0; attempt < 5; attempt += 1) {
          await fetchAs(request, path, undefined); // the warm-up: renders and stores the page
          rounds = [];
          for (const [variant, cookie] of Object.entries(cookies))
            rounds.push({ variant, ...(await fetchAs(request, path, cookie)) });
          if (rounds.every((round) => round.cache === "HIT" && round.body === rounds[0].body)) break;
        }
        expect(rounds.map(({ variant, cache }) => `${variant}: ${cache}`)).toEqual(
          Object.keys(cookies).map((variant) => `${variant}: HIT`),
        );
        for (const round of rounds) expect(round.body, `${round.variant} cookie`).toBe(rounds[0].body);
        expect(rounds[0].body).toContain("<article");
      } finally {
        await request.dispose();
      }
    });
  }

  test("/ and /papers are the cached latest day; /papers?q= is the search page", async ({ request }) => {
    const home = await request.get("/");
    expect(home.headers()["x-nextjs-cache"]).toMatch(/^(HIT|MISS|STALE)$/);
    expect(await home.text()).toContain('dateTime="2026-06-22"');
    expect((await request.get("/papers")).headers()["x-nextjs-cache"]).toMatch(/^(HIT|MISS|STALE)$/);

    const search = await request.get("/papers?q=SwiftKV");
    const results = await search.text();
    expect(results).toContain("<title>Search: SwiftKV · Daily Papers</title>");
    expect(results).toContain('aria-label="Search results"');
  });

  test("a search page is cached per words and page, for everyone; refused input is rendered per request", async ({
    request,
  }) => {
    // Words no other test searches for, so that the first request is this test's own render.
    for (const path of ["/papers?q=cache%20probe%20inference", "/papers?q=cache%20probe%20inference&p=1"]) {
      expect((await request.get(path)).headers()["x-nextjs-cache"], path).toBe("MISS");
      const again = await request.get(path);
      expect(again.headers()["x-nextjs-cache"], path).toMatch(/^(HIT|STALE)$/);
      expect(await again.text()).toContain("<title>Search: cache probe inference · Daily Papers</title>");
    }
    // Surrounding spaces do not make another page.
    expect((await request.get("/papers?q=%20cache%20probe%20inference%20")).headers()["x-nextjs-cache"]).toMatch(
      /^(HIT|STALE)$/,
    );

    const refused = await request.get(`/papers?q=${"x".repeat(600)}`);
    expect(refused.status()).toBe(200);
    expect(refused.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(refused.headers()["cache-control"]).toMatch(/no-store/);
    expect(await refused.text()).toContain("That search cannot run");
  });

  test("a cached search page holds exactly the words typed, slashes, percent signs and all", async ({ page }) => {
    for (const words of ["100% a/b", "ä?#&=+", "..", "%2F"]) {
      await page.goto(`/papers?q=${encodeURIComponent(words)}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Search: ${words}`);
      await expect(page.getByRole("searchbox", { name: "Search again" })).toHaveValue(words);
    }
  });

  test("an organization's pages are cached, ?p=N included", async ({ request }) => {
    for (const path of ["/organizations/JetBrains", "/organizations/JetBrains?p=1"]) {
      await request.get(path);
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["x-nextjs-cache"], path).toMatch(/^(HIT|STALE)$/);
    }
  });
});
