"use client";
// Writing a comment, a reply or an edit: a labelled text box whose errors are read out inline.
import Link from "next/link";
import { useActionState, useEffect, useId, useRef } from "react";
import { postCommentAction, type CommentFormState } from "@/lib/comments/actions";
import { MAX_COMMENT_LENGTH } from "@/lib/comments/length";
import { SIGN_IN_PATH } from "@/lib/http/paths";
import { FieldError, fieldAria } from "./form-feedback";
import { useSessionMember } from "./use-session-member";

type Action = (previous: CommentFormState, formData: FormData) => Promise<CommentFormState>;

interface Props {
  action: Action;
  label: string;
  submit: string;
  /** Hidden fields: the paper, the comment replied to or edited. */
  fields: Record<string, string>;
  defaultValue?: string;
  onDone?: () => void;
}

const INITIAL: CommentFormState = { status: "idle" };

export function CommentForm({ action, label, submit, fields, defaultValue, onDone }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== "done") return;
    form.current?.reset();
    onDone?.();
  }, [state, onDone]);
  return (
    <form ref={form} action={formAction} noValidate className="space-y-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={`${id}-body`} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={3}
        maxLength={MAX_COMMENT_LENGTH}
        defaultValue={defaultValue}
        {...fieldAria(state.status === "error", `${id}-feedback`, `${id}-hint`)}
        className="w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-sm dark:border-gray-700 dark:bg-gray-900"
      />
      <p id={`${id}-hint`} className="text-xs text-gray-600 dark:text-gray-400">
        Markdown: **bold**, _italic_, `code`, lists and links. Math stays as you type it.
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-gray-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-gray-700 disabled:opacity-60 dark:bg-white dark:text-gray-900 dark:hover:bg-gray-200"
      >
        {submit}
      </button>
      <FieldError id={`${id}-feedback`} message={state.status === "error" ? state.message : ""} className="text-sm" />
    </form>
  );
}

/** The form for a new comment, for members; a link to sign in for everyone else. */
export function NewCommentForm({ paperId }: { paperId: string }) {
  const member = useSessionMember();
  if (member === undefined) return null;
  if (member === null) {
    return (
      <p className="text-sm">
        <Link href={SIGN_IN_PATH} className="font-medium underline">
          Sign in
        </Link>{" "}
        to comment.
      </p>
    );
  }
  return <CommentForm action={postCommentAction} label="Add a comment" submit="Comment" fields={{ paperId }} />;
}
