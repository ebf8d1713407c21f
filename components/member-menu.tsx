"use client";
// The header's member menu. Pages are cached for everyone, so the cached HTML always says "Sign in";
// once the page has loaded, the member (if any) replaces it.
import Link from "next/link";
import { ACCOUNT_PATH, SIGN_IN_PATH, SIGN_OUT_API_PATH } from "@/lib/http/paths";
import { useSessionMember } from "./use-session-member";

export function MemberMenu() {
  const member = useSessionMember();
  if (!member) {
    return (
      <Link href={SIGN_IN_PATH} className="text-sm font-medium hover:underline">
        Sign in
      </Link>
    );
  }
  return (
    <nav aria-label="Account" className="flex items-center gap-3 text-sm">
      <Link href={ACCOUNT_PATH} className="font-medium hover:underline" data-testid="member-handle">
        @{member.handle}
      </Link>
      <form method="post" action={SIGN_OUT_API_PATH}>
        <button type="submit" className="text-gray-600 hover:underline dark:text-gray-300">
          Sign out
        </button>
      </form>
    </nav>
  );
}
