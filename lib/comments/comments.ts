// Comments on papers: one level of replies; authors edit and delete their own, admins remove any.
// A deleted comment keeps its place (and its replies) with its text gone. Every write recounts the
// paper's live comments in the same transaction, as votes recount upvotes.
import { db } from "../db/client";
import { fail, ok, type Outcome } from "../http/outcome";
import type { Member } from "../members/session";
import { AuditAction, auditEntry } from "../moderation/audit";
import { renderCommentMarkdown } from "./markdown";
import { VISIBLE } from "../papers/visibility";

/** The paper a write changed, for its pages to be revalidated. */
export type CommentOutcome = Outcome<{ paperId: string; feedDate: string }>;

const NO_PAPER = fail("not_found", "There is no such paper.");
const NO_COMMENT = fail("not_found", "This comment does not exist or was deleted.");

const COMMENT_OWNER = {
  authorId: true,
  deletedAt: true,
  paperId: true,
  paper: { select: { feedDate: true } },
} as const;

function recount(paperId: string) {
  return db.$executeRaw`UPDATE "Paper"
    SET "localComments" = (SELECT COUNT(*) FROM "Comment" WHERE "paperId" = ${paperId} AND "deletedAt" IS NULL)
    WHERE "id" = ${paperId}`;
}

export async function postComment(
  member: Member,
  paperId: string,
  body: string,
  parentId?: string,
): Promise<CommentOutcome> {
  const paper = await db.paper.findFirst({ where: { ...VISIBLE, id: paperId }, select: { feedDate: true } });
  if (!paper) return NO_PAPER;
  if (parentId) {
    const parent = await db.comment.findUnique({
      where: { id: parentId },
      select: { paperId: true, parentId: true, deletedAt: true },
    });
    if (!parent || parent.paperId !== paperId || parent.deletedAt) return NO_COMMENT;
    if (parent.parentId) return fail("invalid", "Replies go one level deep: reply to the comment above instead.");
  }
  await db.$transaction([
    db.comment.create({ data: { paperId, parentId, body, authorId: member.id } }),
    recount(paperId),
  ]);
  return ok({ paperId, feedDate: paper.feedDate });
}

export async function editComment(member: Member, commentId: string, body: string): Promise<CommentOutcome> {
  const comment = await db.comment.findUnique({ where: { id: commentId }, select: COMMENT_OWNER });
  if (!comment || comment.deletedAt) return NO_COMMENT;
  if (comment.authorId !== member.id) return fail("forbidden", "Only its author can edit a comment.");
  await db.comment.update({ where: { id: commentId }, data: { body, editedAt: new Date() } });
  return ok({ paperId: comment.paperId, feedDate: comment.paper.feedDate });
}

/** The author deletes their own; an admin removes anyone's. */
export async function deleteComment(member: Member, commentId: string): Promise<CommentOutcome> {
  const comment = await db.comment.findUnique({ where: { id: commentId }, select: COMMENT_OWNER });
  if (!comment || comment.deletedAt) return NO_COMMENT;
  const own = comment.authorId === member.id;
  if (!own && !member.isAdmin) return fail("forbidden", "Only its author or an admin can delete a comment.");
  await db.$transaction([
    // The guard on deletedAt makes a second, concurrent delete change nothing.
    db.comment.updateMany({
      where: { id: commentId, deletedAt: null },
      data: { body: "", deletedAt: new Date(), deletedBy: own ? "author" : "admin" },
    }),
    recount(comment.paperId),
    ...(own ? [] : [auditEntry(member.id, AuditAction.commentRemove, commentId, `on ${comment.paperId}`)]),
  ]);
  return ok({ paperId: comment.paperId, feedDate: comment.paper.feedDate });
}

export interface CommentView {
  id: string;
  /** Null for a member who deleted their account. */
  authorHandle: string | null;
  createdAt: Date;
  edited: boolean;
  /** Sanitized HTML; null when the comment was deleted. */
  html: string | null;
  /** The Markdown, for its author's edit form; empty when deleted. */
  body: string;
  deletedBy: string | null;
  replies: CommentView[];
}

/** A paper's comments, oldest first, each with its replies. */
export async function commentsOf(paperId: string): Promise<CommentView[]> {
  const rows = await db.comment.findMany({
    where: { paperId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      parentId: true,
      body: true,
      createdAt: true,
      editedAt: true,
      deletedAt: true,
      deletedBy: true,
      author: { select: { handle: true } },
    },
  });
  const views = new Map<string, CommentView>();
  const top: CommentView[] = [];
  for (const row of rows) {
    const view: CommentView = {
      id: row.id,
      authorHandle: row.author?.handle ?? null,
      createdAt: row.createdAt,
      edited: row.editedAt !== null,
      html: row.deletedAt ? null : renderCommentMarkdown(row.body),
      body: row.body,
      deletedBy: row.deletedBy,
      replies: [],
    };
    views.set(row.id, view);
    const parent = row.parentId ? views.get(row.parentId) : undefined;
    (parent ? parent.replies : top).push(view);
  }
  // A deleted comment keeps its place only to hold its replies together.
  const shown = (view: CommentView) => view.html !== null || view.replies.length > 0;
  return top.filter(shown).map((view) => ({ ...view, replies: view.replies.filter(shown) }));
}
