"use server";
// The edit form of the admin's paper page. Next checks that a server action's Origin is this
// site's own host; the action checks that an admin is signed in, then answers each field inline.
import { headers } from "next/headers";
import { requireAdmin } from "@/lib/moderation/admin";
import { editPaper } from "@/lib/moderation/papers";
import { editPaperInput } from "@/lib/moderation/schema";
import { paperIdSchema } from "@/lib/papers/schema";

export type EditPaperField = "title" | "abstract" | "authors" | "organization";

export interface EditPaperState {
  status: "idle" | "done" | "error";
  message?: string;
  fieldErrors?: Partial<Record<EditPaperField, string>>;
  /** What was typed, shown again next to an error. */
  values?: Record<EditPaperField, string>;
}

function sentence(message: string): string {
  return `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

export async function editPaperAction(_previous: EditPaperState, formData: FormData): Promise<EditPaperState> {
  const values = {
    title: String(formData.get("title") ?? ""),
    abstract: String(formData.get("abstract") ?? ""),
    authors: String(formData.get("authors") ?? ""),
    organization: String(formData.get("organization") ?? ""),
  };
  const admin = await requireAdmin(await headers());
  if (!admin.ok) return { status: "error", message: admin.error.message, values };
  const id = paperIdSchema.safeParse(formData.get("paperId"));
  if (!id.success) return { status: "error", message: "The form names no paper: reload the page.", values };
  const parsed = editPaperInput.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: NonNullable<EditPaperState["fieldErrors"]> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as EditPaperField] ??= sentence(issue.message);
    return { status: "error", fieldErrors, values };
  }
  const outcome = await editPaper(admin.value, id.data, parsed.data);
  if (!outcome.ok) {
    // The one refusal about a field: an organization that does not exist.
    return outcome.error.kind === "invalid"
      ? { status: "error", fieldErrors: { organization: sentence(outcome.error.message) }, values }
      : { status: "error", message: outcome.error.message, values };
  }
  const { changed } = outcome.value;
  return {
    status: "done",
    message: changed.length ? `Saved: ${changed.join(", ")} changed.` : "Nothing changed.",
    values,
  };
}
