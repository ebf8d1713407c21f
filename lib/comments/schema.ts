// The comment forms' fields, as the server actions validate them.
import { z } from "zod";
import { MAX_COMMENT_LENGTH } from "./length";

export const commentBody = z
  .string({ error: "write a comment" })
  .trim()
  .min(1, "write a comment")
  .max(MAX_COMMENT_LENGTH, `a comment has at most ${MAX_COMMENT_LENGTH.toLocaleString("en")} characters`);

const id = z.string().min(1).max(40);

export const newCommentInput = z.object({
  paperId: z.string().min(1).max(200),
  parentId: id.optional(),
  body: commentBody,
});

export const editCommentInput = z.object({ commentId: id, body: commentBody });
export const deleteCommentInput = z.object({ commentId: id });
