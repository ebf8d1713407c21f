"use client";
// The form of /papers/submit: one field; what went wrong is said next to it, and read out.
import { useActionState } from "react";
import { submitPaperAction, type SubmitState } from "@/lib/submissions/actions";
import { FieldError, fieldAria } from "./form-feedback";

const INITIAL: SubmitState = {};

export function SubmitPaperForm() {
  const [state, action, pending] = useActionState(submitPaperAction, INITIAL);
  return (
    <form action={action} noValidate className="mt-6 flex flex-col gap-2">
      <label htmlFor="submit-paper-id" className="font-medium">
        arXiv id or paper address
      </label>
      <p id="submit-paper-hint" className="text-sm text-gray-600 dark:text-gray-400">
        For example 2406.12345, https://arxiv.org/abs/2406.12345v2, https://arxiv.org/pdf/2406.12345 or
        https://huggingface.co/papers/2406.12345.
      </p>
      <div className="flex flex-wrap gap-2">
        <input
          id="submit-paper-id"
          name="paper_id"
          type="text"
          required
          autoComplete="off"
          spellCheck={false}
          defaultValue={state.value}
          {...fieldAria(Boolean(state.message), "submit-paper-hint", "submit-paper-feedback")}
          className="min-w-0 flex-1 rounded-md border border-gray-300 bg-white px-3 py-2 dark:border-gray-700 dark:bg-gray-900"
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-gray-900 px-4 py-2 font-medium text-white hover:bg-gray-700 disabled:opacity-60 dark:bg-white dark:text-gray-900 dark:hover:bg-gray-200"
        >
          {pending ? "Fetching from arXiv…" : "Submit"}
        </button>
      </div>
      <FieldError id="submit-paper-feedback" message={state.message} className="text-sm" />
    </form>
  );
}
