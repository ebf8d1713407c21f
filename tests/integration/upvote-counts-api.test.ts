import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/papers/upvotes/route";
import { sign } from "@/lib/db/signing";
import { setUpvote } from "@/lib/votes/votes";
import { createPaper } from "../factories";

async function get(query: string, cookie?: string) {
  const headers = cookie ? { cookie } : undefined;
  const response = await GET(new Request(`http://localhost/api/papers/upvotes${query}`, { headers }), undefined);
  return { status: response.status, cache: response.headers.get("cache-control"), body: await response.json() };
}

describe("GET /api/papers/upvotes", () => {
  it("answers the current counts of the named papers, leaving unknown ids out, private and never cached", async () => {
    await createPaper({ id: "2406.00001", upvotes: 7 });
    await createPaper({ id: "some-slug", upvotes: 0 });
    expect(await get("?ids=2406.00001,some-slug,missing")).toEqual({
      status: 200,
      cache: "private, no-store",
      body: { upvotes: { "2406.00001": 7, "some-slug": 0 }, upvoted: [] },
    });
  });

  it("names the papers among those asked that the voter of a valid cookie upvoted, and no others", async () => {
    await createPaper({ id: "2406.00001" });
    await createPaper({ id: "2406.00002" });
    await createPaper({ id: "2406.00003" });
    const voter = randomUUID();
    const other = randomUUID();
    await setUpvote("2406.00001", voter, true);
    await setUpvote("2406.00003", voter, true);
    await setUpvote("2406.00002", other, true);

    const { body } = await get("?ids=2406.00001,2406.00002", `theme=dark; dp_voter=${sign("voter", voter)}`);
    expect(body.upvoted).toEqual(["2406.00001"]);
    expect(body.upvotes).toEqual({ "2406.00001": 1, "2406.00002": 1 });
  });

  it.each([
    [
      "forged (right shape, wrong signature)",
      (voter: string) => `dp_voter=${sign("voter", voter, "another-secret-0123456789-0123456789")}`,
    ],
    ["signed for another purpose", (voter: string) => `dp_voter=${sign("unsubscribe", voter)}`],
    ["garbage", () => "dp_voter=%E0%A4%A; x=%zz"],
  ])("a %s cookie has upvoted nothing", async (_, cookieOf) => {
    await createPaper({ id: "2406.00001" });
    const voter = randomUUID();
    await setUpvote("2406.00001", voter, true);
    expect(await get("?ids=2406.00001", cookieOf(voter))).toMatchObject({ status: 200, body: { upvoted: [] } });
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
