"use client";
// Admins reach a paper's moderation from its page. The page is cached for everyone, so the link
// appears only once the session says the visitor is an admin.
import Link from "next/link";
import { adminPaperPath } from "@/lib/http/paths";
import { useSessionMember } from "./use-session-member";

export function ModerateLink({ paperId }: { paperId: string }) {
  const member = useSessionMember();
  if (!member?.isAdmin) return null;
  return (
    <p className="mx-auto max-w-3xl pt-4 text-sm">
      <Link href={adminPaperPath(paperId)} className="font-medium underline">
        Moderate this paper
      </Link>{" "}
      (hide it, or edit its metadata)
    </p>
  );
}
