import type { Metadata } from "next";
import { NoticePage } from "@/components/notice-page";
import { SignInForm } from "@/components/sign-in-form";
import { SIGN_IN_FAILURES, type SignInFailure } from "@/lib/members/sign-in";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ failed?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { failed } = await searchParams;
  const failure =
    typeof failed === "string" && failed in SIGN_IN_FAILURES ? SIGN_IN_FAILURES[failed as SignInFailure] : undefined;
  return (
    <NoticePage title="Sign in">
      <p>No password: we email you a link that signs you in. Members upvote from any device and keep their votes.</p>
      <SignInForm failure={failure} />
    </NoticePage>
  );
}
