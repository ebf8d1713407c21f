"use server";
// The comment forms of the paper page. Next checks that a server action's Origin is this site's
// own host; each action then checks the member's session, the budget and the input, and answers
// inline. A write makes the paper's cached page stale, so the next render shows it.
import { headers } from "next/headers";
import type { z } from "zod";
import { deleteComment, editComment, postComment, type CommentOutcome } from "@/lib/comments/comments";
import { limitCommentWrites } from "@/lib/comments/limits";
import { deleteCommentInput, editCommentInput, newCommentInput } from "@/lib/comments/schema";
import { currentMember, type Member } from "@/lib/members/session";
import { revalidatePaperPages } from "@/lib/papers/revalidation";

export interface CommentFormState {
  status: "idle" | "done" | "error";
  message?: string;
}

function sentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

async function act<T extends z.ZodType>(
  schema: T,
  formData: FormData,
  write: (member: Member, input: z.infer<T>) => Promise<CommentOutcome>,
): Promise<CommentFormState> {
  const member = await currentMember(await headers());
  if (!member) return { status: "error", message: "Sign in to comment." };
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: sentence(parsed.error.issues[0].message) };
  const limited = await limitCommentWrites(member.id);
  if (!limited.ok) return { status: "error", message: limited.error.message };
  const outcome = await write(member, parsed.data);
  if (!outcome.ok) return { status: "error", message: outcome.error.message };
  // The paper page shows the comment; its feeds' cards and the API show the count.
  revalidatePaperPages(outcome.value.paperId, outcome.value.feedDate);
  return { status: "done" };
}

export async function postCommentAction(_previous: CommentFormState, formData: FormData): Promise<CommentFormState> {
  return act(newCommentInput, formData, (member, input) =>
    postComment(member, input.paperId, input.body, input.parentId),
  );
}

export async function editCommentAction(_previous: CommentFormState, formData: FormData): Promise<CommentFormState> {
  return act(editCommentInput, formData, (member, input) => editComment(member, input.commentId, input.body));
}

export async function deleteCommentAction(_previous: CommentFormState, formData: FormData): Promise<CommentFormState> {
  return act(deleteCommentInput, formData, (member, input) => deleteComment(member, input.commentId));
}
