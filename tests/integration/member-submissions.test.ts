// Submissions by members (ANONYMOUS_SUBMISSIONS unset, so false): a visitor is told to sign in and
// nothing is fetched or written; a member's paper names them, in Hugging Face's submittedBy shape,
// on their public page, and under submitter= of /api/daily_papers.
import { afterAll, describe, expect, it, vi } from "vitest";
import { GET as dailyPapersGet } from "@/app/api/daily_papers/route";
import { POST as deletePost } from "@/app/api/members/delete/route";
import { POST } from "@/app/api/papers/submit/route";
import { db } from "@/lib/db/client";
import { memberPublicPage } from "@/lib/members/public-page";
import { arxivRecord } from "../support/fixtures/arxiv-data";
import { signIn } from "../support/members";

const { arxiv, smtp } = await vi.hoisted(async () => {
  const { startArxivFixture } = await import("../support/fixtures/arxiv-server");
  const fixture = await startArxivFixture();
  process.env.ARXIV_API_URL = fixture.url;
  process.env.ARXIV_REQUEST_INTERVAL_MS = "0";
  delete process.env.ANONYMOUS_SUBMISSIONS;
  const smtpServer = await (await import("../support/smtp-server")).useSmtpServer();
  return { arxiv: fixture, smtp: smtpServer };
});
afterAll(() => arxiv.close());

function submit(paperId: string, cookie = "") {
  return POST(
    new Request("http://localhost:3000/api/papers/submit", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", cookie },
      body: JSON.stringify({ paper_id: paperId }),
    }),
    undefined,
  );
}

async function dailyPapers(query: string) {
  const response = await dailyPapersGet(new Request(`http://localhost:3000/api/daily_papers${query}`), undefined);
  return (await response.json()) as { paper: { id: string }; submittedBy?: unknown }[];
}

describe("submissions when accounts are on (ANONYMOUS_SUBMISSIONS=false)", () => {
  it("tells a visitor to sign in (401) without asking arXiv or writing", async () => {
    arxiv.add(arxivRecord({ id: "2606.20001", title: "Visitor's try" }));
    const response = await submit("2606.20001");
    expect(response.status).toBe(401);
    expect((await response.json()).error).toMatch(/^Sign in to submit a paper/);
    expect(arxiv.requests).toHaveLength(0);
    expect(await db.paper.count()).toBe(0);
  });

  it("names the member: in the API's submittedBy, on their page, and under submitter=", async () => {
    arxiv.add(arxivRecord({ id: "2606.20002", title: "A member's paper" }));
    const cookie = await signIn(smtp, "grace.hopper@example.org");
    const response = await submit("2606.20002", cookie);
    expect(response.status).toBe(201);
    const shape = { user: "grace-hopper", name: "grace-hopper", fullname: "grace-hopper", type: "user" };
    expect((await response.json()).submittedOnDailyBy).toEqual(shape);
    const user = await db.user.findUniqueOrThrow({ where: { handle: "grace-hopper" }, select: { id: true } });
    expect(await db.paper.findUniqueOrThrow({ where: { id: "2606.20002" } })).toMatchObject({
      submitterId: user.id,
      submittedBy: null,
    });

    const items = await dailyPapers("?submitter=grace-hopper");
    expect(items.map((item) => item.paper.id)).toEqual(["2606.20002"]);
    expect(items[0].submittedBy).toEqual(shape);
    expect(await dailyPapers("?submitter=anonymous")).toEqual([]);

    const page = await memberPublicPage("grace-hopper");
    expect(page?.submissions.map((paper) => [paper.id, paper.submitter?.handle])).toEqual([
      ["2606.20002", "grace-hopper"],
    ]);

    // A member who deletes their account is no longer named; the paper stays.
    const deleted = await deletePost(
      new Request("http://localhost:3000/api/members/delete", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000", cookie },
        body: JSON.stringify({ confirm: "delete" }),
      }),
      undefined,
    );
    expect(deleted.status).toBe(200);
    expect(await dailyPapers("?submitter=grace-hopper")).toEqual([]);
    expect(await db.paper.findUniqueOrThrow({ where: { id: "2606.20002" } })).toMatchObject({ submitterId: null });
  });

  it("refuses a submitter= with a control character with a 400 (PostgreSQL cannot even compare a NUL)", async () => {
    for (const submitter of ["%00", "grace%0Ahopper"]) {
      const response = await dailyPapersGet(
        new Request(`http://localhost:3000/api/daily_papers?submitter=${submitter}`),
        undefined,
      );
      expect(response.status, submitter).toBe(400);
      expect((await response.json()).error).toMatch(/control characters/);
    }
  });
});
