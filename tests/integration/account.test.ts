// The account page's data: export everything as JSON; delete the account, recounting its papers,
// ending its subscription and keeping its comments as from a deleted member.
import { describe, expect, it, vi } from "vitest";
import { POST as deletePost } from "@/app/api/members/delete/route";
import { GET as exportGet } from "@/app/api/members/export/route";
import { POST as upvotePost } from "@/app/api/papers/[id]/upvote/route";
import { commentsOf, postComment } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { createPaper, createSubscriber } from "../factories";
import { confirmLink, linkToken, requestLink, sessionMember, signIn } from "../support/members";

const smtp = await vi.hoisted(async () => (await import("../support/smtp-server")).useSmtpServer());

const ORIGIN = "http://localhost:3000";

async function upvote(id: string, cookie: string) {
  const headers = new Headers({ host: "localhost:3000", "x-forwarded-for": "10.7.0.1", cookie });
  await upvotePost(new Request(`${ORIGIN}/api/papers/${id}/upvote`, { method: "POST", headers }), {
    params: Promise.resolve({ id }),
  });
}

function deleteAccount(cookie: string, confirm: string, origin = ORIGIN) {
  return deletePost(
    new Request(`${ORIGIN}/api/members/delete`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin, cookie },
      body: new URLSearchParams({ confirm }).toString(),
    }),
    undefined,
  );
}

describe("the member's data", () => {
  it("exports the member's upvotes, comments, sessions and subscription as a JSON download", async () => {
    const paper = await createPaper({ id: "2406.50001", title: "Exported" });
    const cookie = await signIn(smtp, "ada@example.org");
    await upvote(paper.id, cookie);
    const user = await db.user.findUniqueOrThrow({ where: { email: "ada@example.org" } });
    await postComment(
      { id: user.id, email: user.email, name: "", handle: user.handle, isAdmin: false },
      paper.id,
      "Nice",
    );
    await createSubscriber({ email: "ada@example.org", status: "active", frequency: "weekly" });

    const response = await exportGet(new Request(`${ORIGIN}/api/members/export`, { headers: { cookie } }), undefined);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="daily-papers-ada.json"');
    const data = await response.json();
    expect(data.member).toMatchObject({ email: "ada@example.org", handle: "ada" });
    expect(data.upvotes).toMatchObject([{ paperId: paper.id, title: "Exported" }]);
    expect(data.comments).toMatchObject([{ paperId: paper.id, body: "Nice", paperTitle: "Exported" }]);
    expect(data.sessions).toHaveLength(1);
    expect(JSON.stringify(data.sessions)).not.toMatch(/token/);
    expect(data.subscription).toMatchObject({ status: "active", frequency: "weekly" });
    const visitor = await exportGet(new Request(`${ORIGIN}/api/members/export`), undefined);
    expect(visitor.status).toBe(401);
  });

  it("deletes the account: votes gone and recounted, subscription ended, comments anonymous, signed out", async () => {
    const paper = await createPaper({ id: "2406.60001", upvotes: 10 });
    const cookie = await signIn(smtp, "grace@example.org");
    const other = await signIn(smtp, "lin@example.org");
    await upvote(paper.id, cookie);
    await upvote(paper.id, other);
    const grace = await db.user.findUniqueOrThrow({ where: { email: "grace@example.org" } });
    await postComment(
      { id: grace.id, email: grace.email, name: "", handle: grace.handle, isAdmin: false },
      paper.id,
      "Mine",
    );
    await createSubscriber({ email: "grace@example.org", status: "active" });
    await requestLink("grace@example.org");
    const pendingLink = linkToken(smtp.received.at(-1)!);
    expect((await db.paper.findUniqueOrThrow({ where: { id: paper.id } })).upvotes).toBe(12);

    // Without the confirmation word, or from another site, nothing happens.
    expect((await deleteAccount(cookie, "yes")).headers.get("location")).toBe("/account?delete=confirm#delete-heading");
    expect((await deleteAccount(cookie, "delete", "https://evil.example")).status).toBe(403);
    expect(await db.user.count({ where: { id: grace.id } })).toBe(1);

    const deleted = await deleteAccount(cookie, "delete");
    expect(deleted.status).toBe(303);
    expect(deleted.headers.getSetCookie().join()).toMatch(/dp\.session_token=;/);
    expect(await db.user.count({ where: { id: grace.id } })).toBe(0);
    expect((await db.paper.findUniqueOrThrow({ where: { id: paper.id } })).upvotes).toBe(11);
    expect(await db.upvote.count({ where: { voterId: `member:${grace.id}` } })).toBe(0);
    expect(await db.subscriber.findUniqueOrThrow({ where: { email: "grace@example.org" } })).toMatchObject({
      status: "unsubscribed",
    });
    expect((await commentsOf(paper.id))[0]).toMatchObject({ authorHandle: null, html: "<p>Mine</p>\n" });
    expect(await sessionMember(cookie)).toBeNull();
    expect(await sessionMember(other)).not.toBeNull();
    // The link still in the mailbox does not bring the account back.
    expect((await confirmLink(pendingLink)).location).toBe("/sign-in?failed=link");
    expect(await db.user.count({ where: { email: "grace@example.org" } })).toBe(0);
  });
});
