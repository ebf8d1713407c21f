// Votes belong to members: one vote per paper on every device, and the votes a browser cast
// before signing in become the member's at sign-in, never counted twice.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/papers/[id]/upvote/route";
import { GET as countsGet } from "@/app/api/papers/upvotes/route";
import { db } from "@/lib/db/client";
import { sign } from "@/lib/db/signing";
import { createPaper } from "../factories";
import { confirmLink, cookieHeader, linkToken, requestLink, signIn } from "../support/members";

const smtp = await vi.hoisted(async () => (await import("../support/smtp-server")).useSmtpServer());

let client = 0;
async function upvote(id: string, cookie: string) {
  client += 1;
  const headers = new Headers({ host: "localhost:3000", "x-forwarded-for": `10.9.0.${client}`, cookie });
  const response = await POST(
    new Request(`http://localhost:3000/api/papers/${id}/upvote`, { method: "POST", headers }),
    {
      params: Promise.resolve({ id }),
    },
  );
  return { status: response.status, body: await response.json(), setCookie: response.headers.get("set-cookie") };
}

async function upvotedIds(ids: string[], cookie: string): Promise<string[]> {
  const response = await countsGet(
    new Request(`http://localhost:3000/api/papers/upvotes?ids=${ids.join(",")}`, { headers: { cookie } }),
    undefined,
  );
  return ((await response.json()) as { upvoted: string[] }).upvoted;
}

const count = async (id: string) => (await db.paper.findUniqueOrThrow({ where: { id } })).upvotes;

describe("member votes", () => {
  it("counts one vote per member across two browsers, and each browser shows it pressed", async () => {
    await createPaper({ id: "2406.10001", upvotes: 4 });
    const laptop = await signIn(smtp, "ada@example.org");
    const phone = await signIn(smtp, "ada@example.org");
    expect(await upvote("2406.10001", laptop)).toMatchObject({
      status: 200,
      body: { upvoted: true, upvotes: 5 },
      setCookie: null,
    });
    expect(await upvote("2406.10001", phone)).toMatchObject({ status: 200, body: { upvoted: true, upvotes: 5 } });
    expect(await upvotedIds(["2406.10001"], phone)).toEqual(["2406.10001"]);
    const user = await db.user.findUniqueOrThrow({ where: { email: "ada@example.org" } });
    expect(await db.upvote.findMany({ select: { voterId: true } })).toEqual([{ voterId: `member:${user.id}` }]);
  });

  it("gives the member a browser's anonymous votes at sign-in, dropping those the member already cast", async () => {
    await createPaper({ id: "2406.20001", upvotes: 1 });
    await createPaper({ id: "2406.20002", upvotes: 2 });
    await createPaper({ id: "2406.20003", upvotes: 3 });
    const elsewhere = await signIn(smtp, "grace@example.org");
    await upvote("2406.20002", elsewhere);

    // A visitor votes on two papers before signing in on this browser.
    const visitor = `dp_voter=${sign("voter", randomUUID())}`;
    await upvote("2406.20001", visitor);
    await upvote("2406.20002", visitor);
    expect(await count("2406.20002")).toBe(4);

    await requestLink("grace@example.org");
    const confirmed = await confirmLink(linkToken(smtp.received.at(-1)!), visitor);
    expect(confirmed.location).toBe("/account");
    const member = `${visitor}; ${cookieHeader(confirmed.setCookies)}`;

    expect(await count("2406.20001")).toBe(2);
    expect(await count("2406.20002")).toBe(3); // the member's one vote, not two
    expect(await count("2406.20003")).toBe(3);
    expect(await db.upvote.count({ where: { voterId: { not: { startsWith: "member:" } } } })).toBe(0);
    expect((await upvotedIds(["2406.20001", "2406.20002", "2406.20003"], member)).sort()).toEqual([
      "2406.20001",
      "2406.20002",
    ]);
    // Another browser of the member sees the same.
    expect((await upvotedIds(["2406.20001", "2406.20002"], elsewhere)).sort()).toEqual(["2406.20001", "2406.20002"]);
  });

  it("merges nothing for a forged voter cookie", async () => {
    await createPaper({ id: "2406.30001", upvotes: 0 });
    const victim = randomUUID();
    await upvote("2406.30001", `dp_voter=${sign("voter", victim)}`);
    await requestLink("mallory@example.org");
    await confirmLink(linkToken(smtp.received.at(-1)!), `dp_voter=${victim}.forged`);
    expect(await db.upvote.findMany({ select: { voterId: true } })).toEqual([{ voterId: victim }]);
  });
});
