import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { fieldAria, FormStatus } from "@/components/form-feedback";
import { buttonClass, NoticePage } from "@/components/notice-page";
import { ADMIN_BLOCK_API_PATH, SIGN_IN_PATH } from "@/lib/http/paths";
import { requireAdmin } from "@/lib/moderation/admin";
import { latestAuditEntries } from "@/lib/moderation/audit";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Moderation", robots: { index: false } };

type Props = { searchParams: Promise<{ done?: string | string[]; error?: string | string[] }> };

const WHEN = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function AdminPage({ searchParams }: Props) {
  const admin = await requireAdmin(await headers());
  if (!admin.ok) {
    return (
      <NoticePage title="Admins only">
        <p>
          {admin.error.message}{" "}
          {admin.error.kind === "unauthorized" && (
            <Link href={SIGN_IN_PATH} className="font-medium underline">
              Sign in
            </Link>
          )}
        </p>
      </NoticePage>
    );
  }
  const { done, error } = await searchParams;
  const entries = await latestAuditEntries();
  return (
    <div className="mx-auto max-w-3xl space-y-8 py-8">
      <h1 className="text-2xl font-bold">Moderation</h1>
      <section aria-labelledby="block-heading" className="space-y-3">
        <h2 id="block-heading" className="text-lg font-semibold">
          Block a member
        </h2>
        <p className="text-sm text-gray-700 dark:text-gray-300">
          A blocked member is signed out everywhere and cannot sign in, vote as a member or comment until unblocked.
        </p>
        <form method="post" action={ADMIN_BLOCK_API_PATH} className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="block-handle" className="block text-sm font-medium">
              Handle
            </label>
            <input
              id="block-handle"
              name="handle"
              required
              {...fieldAria(typeof error === "string", "block-feedback")}
              className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm dark:border-gray-700 dark:bg-gray-900"
            />
          </div>
          <button type="submit" name="blocked" value="true" className={buttonClass}>
            Block
          </button>
          <button
            type="submit"
            name="blocked"
            value="false"
            className="rounded-md border border-gray-300 px-4 py-2 text-sm dark:border-gray-700"
          >
            Unblock
          </button>
        </form>
        <FormStatus
          id="block-feedback"
          announce="alert"
          isError={typeof error === "string"}
          message={typeof error === "string" ? error : typeof done === "string" ? done : ""}
        />
      </section>
      <section aria-labelledby="audit-heading" className="space-y-3">
        <h2 id="audit-heading" className="text-lg font-semibold">
          Audit log
        </h2>
        {entries.length === 0 ? (
          <p className="text-sm text-gray-600 dark:text-gray-400">Nothing has been moderated yet.</p>
        ) : (
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
                <tr key={entry.id} className="border-t border-gray-200 dark:border-gray-800" data-testid="audit-entry">
                  <td className="py-1 pr-3">
                    <time dateTime={entry.at.toISOString()}>{WHEN.format(entry.at)}</time>
                  </td>
                  <td className="py-1 pr-3">{entry.actor ? `@${entry.actor}` : "a deleted member"}</td>
                  <td className="py-1 pr-3">{entry.action}</td>
                  <td className="py-1">
                    {entry.target}
                    {entry.detail && ` ${entry.detail}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
