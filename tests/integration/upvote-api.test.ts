import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DELETE, POST } from "@/app/api/papers/[id]/upvote/route";
import { db } from "@/lib/db/client";
import { sign } from "@/lib/db/signing";
import { VOTER_LIMIT } from "@/lib/votes/limits";
import { createPaper } from "../factories";
import { settleAfterTasks } from "../setup/after-response";
import { revalidatedPaths } from "../setup/next-cache";

// Each test votes from its own address so that the per-address limit, kept in memory for the
// whole file, never carries over from one test to the next.
const address = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

const voterCookie = (voterId: string) => `dp_voter=${sign("voter", voterId)}`;

async function vote(
  method: "POST" | "DELETE",
  id: string,
  { cookie, from = address(), origin }: { cookie?: string; from?: string; origin?: string } = {},
) {
  const headers = new Headers({ host: "localhost", "x-forwarded-for": from });
  if (cookie) headers.set("cookie", cookie);
  if (origin) headers.set("origin", origin);
  const request = new Request(`http://localhost/api/papers/${id}/upvote`, { method, headers });
  const handler = method === "POST" ? POST : DELETE;
  const response = await handler(request, { params: Promise.resolve({ id }) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

async function rowsOf(paperId: string) {
  return db.upvote.findMany({ where: { paperId }, select: { voterId: true } });
}

describe("POST and DELETE /api/papers/{id}/upvote", () => {
  it("upvotes once however often it is posted, and takes it back once however often it is deleted", async () => {
    await createPaper({ id: "2406.00001", upvotes: 10 });
    const cookie = voterCookie(randomUUID());

    for (let i = 0; i < 3; i += 1) {
      expect(await vote("POST", "2406.00001", { cookie })).toMatchObject({
        status: 200,
        body: { upvoted: true, upvotes: 11 },
      });
    }
    expect(await rowsOf("2406.00001")).toHaveLength(1);
    for (let i = 0; i < 3; i += 1) {
      expect(await vote("DELETE", "2406.00001", { cookie })).toMatchObject({
        status: 200,
        body: { upvoted: false, upvotes: 10 },
      });
    }
    expect(await rowsOf("2406.00001")).toHaveLength(0);
    expect(await db.paper.findUnique({ where: { id: "2406.00001" }, select: { upvotes: true } })).toEqual({
      upvotes: 10,
    });
  });

  it("makes every cached page that shows the paper's count stale, and none on a refused vote", async () => {
    await createPaper({ id: "2406.00009", feedDate: "2026-06-22" });
    revalidatedPaths.length = 0;
    await vote("POST", "2406.00009", { cookie: voterCookie(randomUUID()) });
    // At once, or with the other votes of the same second once it ends.
    await settleAfterTasks();
    expect(revalidatedPaths.sort()).toEqual(
      [
        "/papers/2406.00009",
        "/papers/date/2026-06-22",
        "/papers/date/latest",
        "/papers/month/2026-06",
        "/papers/week/2026-W26",
        // Every later page of every week and month, and trending; not the search pages, which
        // are ordered by the papers' text (their counts are brought up to date after load).
        "/papers/week/[week]/p/[page] (page)",
        "/papers/month/[month]/p/[page] (page)",
        "/papers/trending/now",
      ].sort(),
    );
    revalidatedPaths.length = 0;
    await vote("POST", "2406.99999", { cookie: voterCookie(randomUUID()) });
    await settleAfterTasks();
    expect(revalidatedPaths).toEqual([]);
  });

  it("revalidates a vote at once after a quiet second, and gathers the next second's votes into one revalidation", async () => {
    await createPaper({ id: "2406.00021", feedDate: "2026-06-22" });
    await createPaper({ id: "2406.00022", feedDate: "2026-05-04" });
    await settleAfterTasks();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    revalidatedPaths.length = 0;
    await vote("POST", "2406.00021", { cookie: voterCookie(randomUUID()) });
    expect(revalidatedPaths).toContain("/papers/2406.00021");

    revalidatedPaths.length = 0;
    for (const id of ["2406.00021", "2406.00022", "2406.00022"])
      await vote("POST", id, { cookie: voterCookie(randomUUID()) });
    expect(revalidatedPaths).toEqual([]);
    await settleAfterTasks();
    expect(revalidatedPaths).toEqual(
      expect.arrayContaining(["/papers/2406.00021", "/papers/2406.00022", "/papers/date/2026-05-04"]),
    );
    expect(revalidatedPaths.filter((path) => path === "/papers/trending/now")).toHaveLength(1);
  });

  it("gives a visitor without a cookie a signed, HttpOnly, SameSite=Lax voter cookie with the first upvote", async () => {
    await createPaper({ id: "swiftkv" });
    const first = await vote("POST", "swiftkv");
    expect(first.body).toEqual({ upvoted: true, upvotes: 1 });
    const setCookie = first.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^dp_voter=[0-9a-f-]{36}\.[\w-]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).toMatch(/Max-Age=31536000/);

    // The cookie makes the same visitor: their DELETE removes their own vote.
    const cookie = setCookie.split(";")[0];
    expect((await vote("DELETE", "swiftkv", { cookie })).body).toEqual({ upvoted: false, upvotes: 0 });
    expect((await vote("DELETE", "swiftkv", { cookie })).headers.get("set-cookie")).toBeNull();
  });

  it("treats a forged or altered cookie as no cookie, so it cannot vote as someone else", async () => {
    await createPaper({ id: "2406.00002" });
    const victim = randomUUID();
    await vote("POST", "2406.00002", { cookie: voterCookie(victim) });

    const signedElsewhere = `dp_voter=${sign("voter", victim, "another-secret-that-is-long-enough-0123456789")}`;
    const unsigned = `dp_voter=${victim}`;
    const otherPurpose = `dp_voter=${sign("unsubscribe", victim)}`;
    const altered = voterCookie(victim).replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    const badEncoding = `dp_voter=%E0%zz${voterCookie(victim).slice("dp_voter=".length)}`;
    for (const cookie of [signedElsewhere, unsigned, otherPurpose, altered, badEncoding]) {
      const answer = await vote("DELETE", "2406.00002", { cookie });
      expect(answer).toMatchObject({ status: 200, body: { upvoted: false, upvotes: 1 } });
    }
    // The victim's vote is still there, and a forged POST made a new, separate voter.
    expect(await rowsOf("2406.00002")).toEqual([{ voterId: victim }]);
    const forgedPost = await vote("POST", "2406.00002", { cookie: unsigned });
    expect(forgedPost.body).toEqual({ upvoted: true, upvotes: 2 });
    expect(forgedPost.headers.get("set-cookie")).toMatch(/^dp_voter=/);
    expect((await rowsOf("2406.00002")).map((row) => row.voterId)).toContain(victim);
  });

  it.each([["NOT_AN_ID"], ["2406.1"], ["has space"], ["..%2F"], ["-leading-dash"]])(
    "answers the malformed id %j with a 400",
    async (id) => {
      const answer = await vote("POST", id);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatch(/^id: /);
    },
  );

  it("answers an unknown paper with a 404 and writes nothing", async () => {
    const answer = await vote("POST", "2406.99999");
    expect(answer).toMatchObject({ status: 404, body: { error: expect.stringMatching(/no paper/) } });
    expect(answer.headers.get("set-cookie")).toBeNull();
    expect(await db.upvote.count()).toBe(0);
  });

  it("refuses a cross-site request with a 403 and accepts the site's own origin", async () => {
    await createPaper({ id: "2406.00003" });
    for (const origin of ["https://evil.example", "http://localhost.evil.example", "null"]) {
      expect((await vote("POST", "2406.00003", { origin })).status).toBe(403);
    }
    expect(await db.upvote.count()).toBe(0);
    expect((await vote("POST", "2406.00003", { origin: "http://localhost" })).status).toBe(200);
  });

  it("answers 429 with Retry-After once one voter goes past the limit, and changes nothing then", async () => {
    await createPaper({ id: "2406.00004" });
    const cookie = voterCookie(randomUUID());
    for (let i = 0; i < VOTER_LIMIT.points; i += 1) {
      // A new address each time: only the per-voter limit is in play.
      expect((await vote(i % 2 === 0 ? "POST" : "DELETE", "2406.00004", { cookie })).status).toBe(200);
    }
    const refused = await vote("POST", "2406.00004", { cookie });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body.error).toMatch(/Too many votes/);
    expect(await rowsOf("2406.00004")).toHaveLength(0);

    // Another voter from the same place is unaffected.
    expect((await vote("POST", "2406.00004", { cookie: voterCookie(randomUUID()) })).status).toBe(200);
  });

  it("answers 429 once one address goes past its limit, whoever votes from it", async () => {
    await createPaper({ id: "2406.00005" });
    const from = address();
    const { ADDRESS_LIMIT } = await import("@/lib/votes/limits");
    for (let i = 0; i < ADDRESS_LIMIT.points; i += 1) await vote("DELETE", "2406.00005", { from });
    const refused = await vote("POST", "2406.00005", { from, cookie: voterCookie(randomUUID()) });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await db.upvote.count()).toBe(0);
  });
});
