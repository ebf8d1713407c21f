// The account page's list of signed-in browsers, each with a button that ends it.
import { MEMBER_SESSIONS_API_PATH } from "@/lib/http/paths";
import type { SessionRow } from "@/lib/members/sessions";

const WHEN = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function SessionList({ sessions, currentId }: { sessions: SessionRow[]; currentId: string }) {
  return (
    <ul className="divide-y divide-gray-200 rounded-md border border-gray-200 dark:divide-gray-800 dark:border-gray-800">
      {sessions.map((session) => (
        <li
          key={session.id}
          className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm"
          data-testid="session"
        >
          <span>
            {session.userAgent ?? "Unknown browser"}
            {session.id === currentId && <strong> (this browser)</strong>}
            <br />
            <span className="text-gray-600 dark:text-gray-400">
              Signed in <time dateTime={session.createdAt.toISOString()}>{WHEN.format(session.createdAt)} UTC</time>
            </span>
          </span>
          <form method="post" action={MEMBER_SESSIONS_API_PATH}>
            <input type="hidden" name="session" value={session.id} />
            <button
              type="submit"
              className="rounded-md border border-gray-300 px-3 py-1 hover:bg-gray-100 dark:border-gray-700 dark:hover:bg-gray-800"
            >
              Sign out<span className="sr-only"> this session</span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
