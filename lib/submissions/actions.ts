"use server";
// The "Submit a paper" form: works without JavaScript; a paper added or already here opens its page.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { paperPath } from "@/lib/http/paths";
import { clientAddress } from "@/lib/http/client-address";
import { signedInMemberId } from "@/lib/members/voter";
import { submitPaper } from "@/lib/submissions/submit";

export interface SubmitState {
  message?: string;
  /** What was typed, shown again next to the message. */
  value?: string;
}

export async function submitPaperAction(_previous: SubmitState, formData: FormData): Promise<SubmitState> {
  const reference = String(formData.get("paper_id") ?? "").slice(0, 1000);
  const requestHeaders = await headers();
  const outcome = await submitPaper({
    reference,
    address: clientAddress(requestHeaders),
    memberId: await signedInMemberId(requestHeaders),
  });
  // Added or already here, the paper's page is where the submitter wants to be.
  if (outcome.ok) redirect(paperPath(outcome.value.id));
  return { message: outcome.error.message, value: reference };
}
