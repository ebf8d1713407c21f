"use server";
// The upvote button's form post, which is what runs when JavaScript is off (with JavaScript the
// button calls the JSON API). Next checks the Origin of server actions itself.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/http/client-address";
import { signedInMemberId } from "@/lib/members/voter";
import { castVote } from "@/lib/votes/request";
import { returnPath, voteForm } from "@/lib/votes/schema";
import { VOTER_COOKIE } from "@/lib/votes/voter";

/** Sets the upvote as the form asks, then returns to the page it came from (post/redirect/get). */
export async function upvoteFromForm(formData: FormData): Promise<void> {
  const input = voteForm.safeParse({ id: formData.get("paperId"), upvoted: formData.get("upvoted") });
  // Refusals (a bad form, an unknown paper, too many votes) change nothing; the page shows as it is.
  if (input.success) {
    const jar = await cookies();
    const requestHeaders = await headers();
    const outcome = await castVote({
      paperId: input.data.id,
      upvoted: input.data.upvoted === "true",
      cookieValue: jar.get(VOTER_COOKIE)?.value,
      memberId: await signedInMemberId(requestHeaders),
      address: clientAddress(requestHeaders),
      pagesAtOnce: true,
    });
    if (outcome.ok && outcome.value.cookie) jar.set(outcome.value.cookie);
  }
  redirect(returnPath.parse(formData.get("returnTo")));
}
