// Moderation: admin routes answer 401 to visitors and 403 to members; blocking ends a member's
// sessions and sign-ins; every action lands in the audit log.
import { afterAll, describe, expect, it, vi } from "vitest";
import { GET as auditGet } from "@/app/api/admin/audit/route";
import { POST as blockPost } from "@/app/api/admin/members/block/route";
import { deleteComment, postComment } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { createMember, createPaper } from "../factories";
import { confirmLink, linkToken, requestLink, sessionMember, signIn } from "../support/members";

const smtp = await vi.hoisted(async () => {
  process.env.ADMIN_EMAILS = "boss@example.org";
  return (await import("../support/smtp-server")).useSmtpServer();
});
afterAll(() => {
  delete process.env.ADMIN_EMAILS;
});

const ORIGIN = "http://localhost:3000";

async function block(cookie: string, handle: string, blocked = true) {
  const response = await blockPost(
    new Request(`${ORIGIN}/api/admin/members/block`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, cookie },
      body: JSON.stringify({ handle, blocked: String(blocked) }),
    }),
    undefined,
  );
  return { status: response.status, body: await response.json() };
}

async function audit(cookie: string) {
  const response = await auditGet(new Request(`${ORIGIN}/api/admin/audit`, { headers: { cookie } }), undefined);
  return { status: response.status, body: await response.json() };
}

describe("moderation", () => {
  it("answers 401 to visitors and 403 to members on every admin route, changing nothing", async () => {
    const member = await signIn(smtp, "eve@example.org");
    const victim = await signIn(smtp, "ada@example.org");
    expect(await audit("")).toEqual({ status: 401, body: { error: "Sign in as an admin first." } });
    expect(await audit(member)).toEqual({ status: 403, body: { error: "Only admins may do this." } });
    expect((await block("", "ada")).status).toBe(401);
    expect((await block(member, "ada")).status).toBe(403);
    expect(await sessionMember(victim)).not.toBeNull();
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("blocks a member: their sessions end, no new link or session, then unblocks; all in the audit log", async () => {
    const admin = await signIn(smtp, "boss@example.org");
    const victim = await signIn(smtp, "ada@example.org");
    // A link asked for before the block must not work after it.
    await requestLink("ada@example.org");
    const pending = linkToken(smtp.received.at(-1)!);

    expect(await block(admin, "@Ada")).toEqual({ status: 200, body: { message: "@ada is blocked." } });
    expect(await sessionMember(victim)).toBeNull();
    expect(await db.session.count({ where: { user: { handle: "ada" } } })).toBe(0);
    expect((await requestLink("ada@example.org")).body).toEqual({
      error: "This account is blocked by the site's admins.",
    });
    expect((await confirmLink(pending)).location).toBe("/sign-in?failed=blocked");
    expect(await db.session.count({ where: { user: { handle: "ada" } } })).toBe(0);

    expect((await block(admin, "nobody-here")).status).toBe(404);
    expect((await block(admin, "boss")).status).toBe(400);
    expect(await block(admin, "ada", false)).toEqual({ status: 200, body: { message: "@ada is unblocked." } });
    await signIn(smtp, "ada@example.org");

    const { body } = await audit(admin);
    expect(
      body.entries.map((entry: { actor: string; action: string; target: string }) => [
        entry.actor,
        entry.action,
        entry.target,
      ]),
    ).toEqual([
      ["boss", "member.unblock", "ada"],
      ["boss", "member.block", "ada"],
    ]);
  });

  it("logs an admin's removal of a comment, not an author's own deletion", async () => {
    const paper = await createPaper();
    const admin = await signIn(smtp, "boss@example.org");
    const boss = await createMember({ isAdmin: true });
    const author = await createMember();
    await postComment(author, paper.id, "one");
    await postComment(author, paper.id, "two");
    const [one, two] = await db.comment.findMany({ orderBy: { body: "asc" } });
    await deleteComment(author, one.id);
    await deleteComment(boss, two.id);
    const { body } = await audit(admin);
    expect(body.entries).toMatchObject([
      { actor: boss.handle, action: "comment.remove", target: two.id, detail: `on ${paper.id}` },
    ]);
  });
});
