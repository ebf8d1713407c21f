"use client";
// Under each comment, what this visitor may do with it, known only after load (the page is the
// same cached HTML for everyone): members reply to top-level comments; authors edit and delete
// their own; admins remove any.
import { useActionState, useState } from "react";
import {
  deleteCommentAction,
  editCommentAction,
  postCommentAction,
  type CommentFormState,
} from "@/lib/comments/actions";
import { CommentForm } from "./comment-form";
import { FieldError } from "./form-feedback";
import { useSessionMember } from "./use-session-member";

interface Props {
  paperId: string;
  commentId: string;
  authorHandle: string | null;
  body: string;
  /** Replies take no replies of their own. */
  canReply: boolean;
}

const linkButton = "text-sm text-gray-600 underline hover:text-gray-900 dark:text-gray-300 dark:hover:text-white";

export function CommentActions({ paperId, commentId, authorHandle, body, canReply }: Props) {
  const member = useSessionMember();
  const [open, setOpen] = useState<"reply" | "edit" | null>(null);
  const [deleted, deleteAction, deleting] = useActionState<CommentFormState, FormData>(deleteCommentAction, {
    status: "idle",
  });
  if (!member) return null;
  const own = member.handle === authorHandle;
  const close = () => setOpen(null);
  return (
    <div className="mt-1 space-y-2">
      <div className="flex gap-3">
        {canReply && (
          <button
            type="button"
            className={linkButton}
            aria-expanded={open === "reply"}
            onClick={() => setOpen(open === "reply" ? null : "reply")}
          >
            Reply
          </button>
        )}
        {own && (
          <button
            type="button"
            className={linkButton}
            aria-expanded={open === "edit"}
            onClick={() => setOpen(open === "edit" ? null : "edit")}
          >
            Edit
          </button>
        )}
        {(own || member.isAdmin) && (
          <form action={deleteAction}>
            <input type="hidden" name="commentId" value={commentId} />
            <button type="submit" disabled={deleting} className={linkButton}>
              {own ? "Delete" : "Remove"}
            </button>
          </form>
        )}
      </div>
      {deleted.status === "error" && <FieldError message={deleted.message} announce="alert" className="text-sm" />}
      {open === "reply" && (
        <CommentForm
          action={postCommentAction}
          label="Your reply"
          submit="Reply"
          fields={{ paperId, parentId: commentId }}
          onDone={close}
        />
      )}
      {open === "edit" && (
        <CommentForm
          action={editCommentAction}
          label="Edit your comment"
          submit="Save"
          fields={{ commentId }}
          defaultValue={body}
          onDone={close}
        />
      )}
    </div>
  );
}
