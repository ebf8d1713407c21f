import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass, NoticePage } from "@/components/notice-page";
import { SIGN_IN_CONFIRM_API_PATH, SIGN_IN_PATH } from "@/lib/http/paths";
import { SIGN_IN_LINK_MINUTES } from "@/lib/members/schema";

export const dynamic = "force-dynamic";
// same-origin: the token in the address never leaves in a Referer, yet the form's POST keeps its Origin
// (under no-referrer, browsers send "Origin: null", which the route refuses as cross-site).
export const metadata: Metadata = { title: "Sign in", robots: { index: false }, referrer: "same-origin" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

// Opening the emailed link only shows this button: mail scanners that open links sign nobody in.
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const { token } = await searchParams;
  if (typeof token !== "string" || token === "") {
    return (
      <NoticePage title="This link is not complete">
        <p>
          Open the whole link from the email, or{" "}
          <Link href={SIGN_IN_PATH} className="font-medium underline">
            ask for a new one
          </Link>
          .
        </p>
      </NoticePage>
    );
  }
  return (
    <NoticePage title="Sign in to Daily Papers">
      <form method="post" action={SIGN_IN_CONFIRM_API_PATH}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass}>
          Sign in
        </button>
      </form>
      <p className="text-sm">The link works once, within {SIGN_IN_LINK_MINUTES} minutes of being sent.</p>
    </NoticePage>
  );
}
