import Link from "next/link";
import { adminPaperPath } from "@/lib/http/paths";
import { fieldChanges, type AuditRow } from "@/lib/moderation/audit";

/** An instant to the minute, in UTC: what the admin pages show. */
export const UTC_MINUTE = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** What the entry was done to: a paper links to the admin's view of it. */
function Target({ entry }: { entry: AuditRow }) {
  if (!entry.action.startsWith("paper.")) return <>{entry.target}</>;
  return (
    <Link href={adminPaperPath(entry.target)} className="underline">
      {entry.target}
    </Link>
  );
}

function Changes({ entry }: { entry: AuditRow }) {
  const changes = fieldChanges(entry);
  if (changes.length === 0) return entry.detail ? <> {entry.detail}</> : null;
  return (
    <dl className="mt-1 space-y-1 text-xs">
      {changes.map((change) => (
        <div key={change.field}>
          <dt className="font-medium">{change.field}</dt>
          <dd className="break-words">
            <span className="sr-only">before: </span>
            <del className="text-red-800 dark:text-red-300">{change.before}</del> <span aria-hidden="true">→</span>
            <span className="sr-only">after: </span>{" "}
            <ins className="text-green-800 no-underline dark:text-green-300">{change.after}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The audit log: who did what to what, and when, newest first; an edit shows each field's before and after. */
export function AuditLog({ entries }: { entries: AuditRow[] }) {
  if (entries.length === 0) {
    return <p className="text-sm text-gray-600 dark:text-gray-400">Nothing has been moderated yet.</p>;
  }
  return (
    <table className="w-full text-left text-sm">
      <thead>
        <tr>
          <th scope="col" className="py-1 pr-3">
            When (UTC)
          </th>
          <th scope="col" className="py-1 pr-3">
            Admin
          </th>
          <th scope="col" className="py-1 pr-3">
            Action
          </th>
          <th scope="col" className="py-1">
            On
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr
            key={entry.id}
            className="border-t border-gray-200 align-top dark:border-gray-800"
            data-testid="audit-entry"
          >
            <td className="py-1 pr-3">
              <time dateTime={entry.at.toISOString()}>{UTC_MINUTE.format(entry.at)}</time>
            </td>
            <td className="py-1 pr-3">{entry.actor ? `@${entry.actor}` : "a deleted member"}</td>
            <td className="py-1 pr-3">{entry.action}</td>
            <td className="py-1">
              <Target entry={entry} />
              <Changes entry={entry} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
