// ANONYMOUS_VOTES=false: a visitor without an account is told to sign in and nothing is written;
// a member votes as usual.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/papers/[id]/upvote/route";
import { db } from "@/lib/db/client";
import { sign } from "@/lib/db/signing";
import { createPaper } from "../factories";
import { signIn } from "../support/members";

const smtp = await vi.hoisted(async () => {
  process.env.ANONYMOUS_VOTES = "false";
  return (await import("../support/smtp-server")).useSmtpServer();
});
afterAll(() => {
  delete process.env.ANONYMOUS_VOTES;
});

async function upvote(id: string, cookie: string) {
  const headers = new Headers({ host: "localhost:3000", "x-forwarded-for": "10.8.0.1", cookie });
  const response = await POST(
    new Request(`http://localhost:3000/api/papers/${id}/upvote`, { method: "POST", headers }),
    {
      params: Promise.resolve({ id }),
    },
  );
  return { status: response.status, body: await response.json(), setCookie: response.headers.get("set-cookie") };
}

describe("ANONYMOUS_VOTES=false", () => {
  it("answers 401 to visitors, with or without a voter cookie, and counts members' votes", async () => {
    await createPaper({ id: "2406.40001", upvotes: 7 });
    for (const cookie of ["", `dp_voter=${sign("voter", randomUUID())}`]) {
      expect(await upvote("2406.40001", cookie)).toEqual({
        status: 401,
        body: { error: "Sign in to upvote." },
        setCookie: null,
      });
    }
    expect(await db.upvote.count()).toBe(0);
    const member = await signIn(smtp, "ada@example.org");
    expect(await upvote("2406.40001", member)).toMatchObject({ status: 200, body: { upvoted: true, upvotes: 8 } });
  });
});
