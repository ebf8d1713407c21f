import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/papers/upvotes/route";
import { createPaper } from "../factories";

async function get(query: string) {
  const response = await GET(new Request(`http://localhost/api/papers/upvotes${query}`), undefined);
  return { status: response.status, cache: response.headers.get("cache-control"), body: await response.json() };
}

describe("GET /api/papers/upvotes", () => {
  it("answers the current counts of the named papers, leaving unknown ids out, never cached", async () => {
    await createPaper({ id: "2406.00001", upvotes: 7 });
    await createPaper({ id: "some-slug", upvotes: 0 });
    expect(await get("?ids=2406.00001,some-slug,missing")).toEqual({
      status: 200,
      cache: "no-store",
      body: { upvotes: { "2406.00001": 7, "some-slug": 0 } },
    });
  });

  it.each([
    ["", /ids/],
    ["?ids=", /at least one/],
    ["?ids=Not_An_Id", /paper ids/],
    [`?ids=${Array.from({ length: 101 }, (_, i) => `p${i}`).join(",")}`, /at most 100/],
  ])("answers %s with a 400 and a message", async (query, message) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });
});
