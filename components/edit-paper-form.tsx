"use client";
// An admin's edit of a paper's metadata: each field labelled, its error read out beside it.
import { useActionState, type ReactNode } from "react";
import { editPaperAction, type EditPaperField, type EditPaperState } from "@/lib/moderation/actions";
import { FieldError, fieldAria, FormStatus } from "./form-feedback";
import { buttonClass } from "./notice-page";

const INITIAL: EditPaperState = { status: "idle" };
const INPUT =
  "w-full rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm dark:border-gray-700 dark:bg-gray-900";

type Props = { paperId: string; initial: Record<EditPaperField, string> };

type FieldAttributes = { id: string; name: string } & ReturnType<typeof fieldAria>;

function Field(props: {
  name: EditPaperField;
  label: string;
  hint?: string;
  error?: string;
  children: (attributes: FieldAttributes) => ReactNode;
}) {
  const { name, label, hint, error, children } = props;
  const id = `edit-${name}`;
  const described = hint ? [`${id}-error`, `${id}-hint`] : [`${id}-error`];
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-gray-600 dark:text-gray-400">
          {hint}
        </p>
      )}
      {children({ id, name, ...fieldAria(Boolean(error), ...described) })}
      <FieldError id={`${id}-error`} message={error} className="text-sm" />
    </div>
  );
}

export function EditPaperForm({ paperId, initial }: Props) {
  const [state, action, pending] = useActionState(editPaperAction, INITIAL);
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  const isError = state.status === "error";
  return (
    // noValidate: our own messages beside each field rather than the browser's bubbles.
    <form action={action} noValidate className="space-y-3" aria-labelledby="edit-heading">
      <input type="hidden" name="paperId" value={paperId} />
      <Field name="title" label="Title" error={errors.title}>
        {(attributes) => <input {...attributes} defaultValue={values.title} className={INPUT} />}
      </Field>
      <Field name="abstract" label="Abstract" error={errors.abstract}>
        {(attributes) => <textarea {...attributes} rows={8} defaultValue={values.abstract} className={INPUT} />}
      </Field>
      <Field name="authors" label="Authors" hint="One name per line, in order." error={errors.authors}>
        {(attributes) => <textarea {...attributes} rows={5} defaultValue={values.authors} className={INPUT} />}
      </Field>
      <Field
        name="organization"
        label="Organization"
        hint="Its slug, as in /organizations/slug; empty for none."
        error={errors.organization}
      >
        {(attributes) => (
          // The paper's organization, not the admin's: no autofill.
          <input {...attributes} autoComplete="off" defaultValue={values.organization} className={INPUT} />
        )}
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass} disabled:opacity-60`}>
        Save changes
      </button>
      <FormStatus
        isError={isError}
        message={isError ? (state.message ?? "Correct the fields marked above.") : state.message}
      />
    </form>
  );
}
