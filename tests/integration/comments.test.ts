// Comments on a real database: one level of replies, authors edit and delete their own, admins
// remove any, and the paper's count of live comments follows every write.
import { describe, expect, it } from "vitest";
import { GET as getDailyPapers } from "@/app/api/daily_papers/route";
import { GET as getPaperInfo } from "@/app/api/papers/[id]/route";
import { commentsOf, deleteComment, editComment, postComment } from "@/lib/comments/comments";
import { db } from "@/lib/db/client";
import { createMember, createPaper } from "../factories";

const localComments = async (paperId: string) =>
  (await db.paper.findUniqueOrThrow({ where: { id: paperId } })).localComments;

describe("comments", () => {
  it("posts comments and replies, oldest first, rendered safely, and counts them on the paper", async () => {
    const paper = await createPaper();
    const ada = await createMember();
    const grace = await createMember();
    expect(
      await postComment(ada, paper.id, "First, with <script>alert(1)</script> and [x](javascript:alert(2))"),
    ).toMatchObject({ ok: true });
    const [first] = await db.comment.findMany();
    expect(await postComment(grace, paper.id, "A **reply**", first.id)).toMatchObject({ ok: true });
    expect(await localComments(paper.id)).toBe(2);

    const [thread] = await commentsOf(paper.id);
    expect(thread.authorHandle).toBe(ada.handle);
    expect(thread.html).toContain("&lt;script&gt;");
    expect(thread.html).not.toMatch(/<script|href="javascript/);
    expect(thread.replies).toHaveLength(1);
    expect(thread.replies[0]).toMatchObject({ authorHandle: grace.handle, html: "<p>A <strong>reply</strong></p>\n" });
  });

  it("refuses a reply to a reply, to another paper's comment, or on an unknown paper, writing nothing", async () => {
    const paper = await createPaper();
    const other = await createPaper();
    const ada = await createMember();
    await postComment(ada, paper.id, "top");
    const top = await db.comment.findFirstOrThrow();
    await postComment(ada, paper.id, "reply", top.id);
    const reply = await db.comment.findFirstOrThrow({ where: { parentId: top.id } });
    expect(await postComment(ada, paper.id, "deeper", reply.id)).toMatchObject({
      ok: false,
      error: { kind: "invalid", message: expect.stringMatching(/one level/) },
    });
    expect(await postComment(ada, other.id, "elsewhere", top.id)).toMatchObject({
      ok: false,
      error: { kind: "not_found" },
    });
    expect(await postComment(ada, "9999.99999", "nowhere")).toMatchObject({ ok: false, error: { kind: "not_found" } });
    expect(await db.comment.count()).toBe(2);
    expect(await localComments(other.id)).toBe(0);
  });

  it("lets only the author edit; the author deletes, an admin removes, anyone else is refused", async () => {
    const paper = await createPaper();
    const ada = await createMember();
    const eve = await createMember();
    const admin = await createMember({ isAdmin: true });
    await postComment(ada, paper.id, "mine");
    await postComment(ada, paper.id, "also mine");
    const [mine, alsoMine] = await db.comment.findMany({ orderBy: { body: "asc" } });

    expect(await editComment(eve, mine.id, "hijacked")).toMatchObject({ ok: false, error: { kind: "forbidden" } });
    expect(await editComment(admin, mine.id, "moderated text")).toMatchObject({
      ok: false,
      error: { kind: "forbidden" },
    });
    expect(await editComment(ada, mine.id, "mine, edited")).toMatchObject({ ok: true });
    expect(await deleteComment(eve, mine.id)).toMatchObject({ ok: false, error: { kind: "forbidden" } });
    expect(await localComments(paper.id)).toBe(2);

    expect(await deleteComment(ada, mine.id)).toMatchObject({ ok: true });
    expect(await deleteComment(admin, alsoMine.id)).toMatchObject({ ok: true });
    expect(await deleteComment(admin, alsoMine.id)).toMatchObject({ ok: false, error: { kind: "not_found" } });
    expect(await editComment(ada, mine.id, "back")).toMatchObject({ ok: false, error: { kind: "not_found" } });
    expect(
      await db.comment.findMany({ select: { body: true, deletedBy: true }, orderBy: { deletedBy: "asc" } }),
    ).toEqual([
      { body: "", deletedBy: "admin" },
      { body: "", deletedBy: "author" },
    ]);
    expect(await localComments(paper.id)).toBe(0);
    // Deleted comments without replies are not shown at all.
    expect(await commentsOf(paper.id)).toEqual([]);
  });

  it("keeps a deleted comment's replies, under a placeholder, and shows a deleted member's comments", async () => {
    const paper = await createPaper();
    const ada = await createMember();
    const grace = await createMember();
    await postComment(ada, paper.id, "question");
    const question = await db.comment.findFirstOrThrow();
    await postComment(grace, paper.id, "answer", question.id);
    await deleteComment(ada, question.id);
    await db.user.delete({ where: { id: grace.id } });
    const [thread] = await commentsOf(paper.id);
    expect(thread).toMatchObject({ html: null, deletedBy: "author" });
    expect(thread.replies[0]).toMatchObject({ authorHandle: null, html: "<p>answer</p>\n" });
    expect(await localComments(paper.id)).toBe(1);
  });

  it("counts live comments with the source's in the Hugging Face shapes' numComments", async () => {
    const paper = await createPaper({ id: "2406.12345", feedDate: "2026-06-22", importedComments: 3 });
    const ada = await createMember();
    await postComment(ada, paper.id, "kept");
    await postComment(ada, paper.id, "taken back");
    const gone = await db.comment.findFirstOrThrow({ where: { body: "taken back" } });
    await deleteComment(ada, gone.id);

    const info = await getPaperInfo(new Request("http://localhost/api/papers/2406.12345"), {
      params: Promise.resolve({ id: paper.id }),
    });
    expect((await info.json()).numComments).toBe(4);
    const [item] = await (
      await getDailyPapers(new Request("http://localhost/api/daily_papers?date=2026-06-22"), undefined)
    ).json();
    expect(item).toMatchObject({ numComments: 4, paper: { numComments: 4 } });
  });
});
