import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { buttonClass } from "@/components/notice-page";
import { SessionList } from "@/components/session-list";
import { MEMBER_SESSIONS_API_PATH, SIGN_IN_PATH } from "@/lib/http/paths";
import { readSession } from "@/lib/members/session";
import { listSessions } from "@/lib/members/sessions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const session = await readSession(await headers());
  if (!session) redirect(SIGN_IN_PATH);
  const { member } = session;
  const sessions = await listSessions(member.id);
  return (
    <div className="mx-auto max-w-2xl space-y-8 py-8">
      <header>
        <h1 className="text-2xl font-bold">Your account</h1>
        <p className="mt-2 text-gray-700 dark:text-gray-300">
          Signed in as <strong>{member.email}</strong>, known here as <strong>@{member.handle}</strong>
          {member.isAdmin && " (admin)"}.
        </p>
      </header>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Where you are signed in
        </h2>
        <SessionList sessions={sessions} currentId={session.sessionId} />
        <form method="post" action={MEMBER_SESSIONS_API_PATH}>
          <input type="hidden" name="session" value="all" />
          <button type="submit" className={buttonClass}>
            Sign out everywhere
          </button>
        </form>
      </section>
    </div>
  );
}
