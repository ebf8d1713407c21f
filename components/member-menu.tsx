"use client";
// The header's member menu. Pages are cached for everyone, so the cached HTML always says "Sign in";
// once the page has loaded, this asks who the visitor is and shows the member instead.
import Link from "next/link";
import { useEffect, useState } from "react";

interface SessionMember {
  name: string;
  handle: string;
  isAdmin: boolean;
}

export function MemberMenu() {
  const [member, setMember] = useState<SessionMember | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/members/session", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { member: null }))
      .then((body: { member: SessionMember | null }) => setMember(body.member))
      // Offline or aborted: the visitor keeps the "Sign in" link.
      .catch(() => {});
    return () => controller.abort();
  }, []);
  if (!member) {
    return (
      <Link href="/sign-in" className="text-sm font-medium hover:underline">
        Sign in
      </Link>
    );
  }
  return (
    <nav aria-label="Account" className="flex items-center gap-3 text-sm">
      <Link href="/account" className="font-medium hover:underline" data-testid="member-handle">
        @{member.handle}
      </Link>
      <form method="post" action="/api/members/sign-out">
        <button type="submit" className="text-gray-600 hover:underline dark:text-gray-300">
          Sign out
        </button>
      </form>
    </nav>
  );
}
