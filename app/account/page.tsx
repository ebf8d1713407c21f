import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AccountCollections } from "@/components/account-collections";
import { FieldError, fieldAria } from "@/components/form-feedback";
import { buttonClass } from "@/components/notice-page";
import { SessionList } from "@/components/session-list";
import { sign, TokenPurpose } from "@/lib/db/signing";
import { SubscriberStatus } from "@/lib/generated/prisma/enums";
import {
  ACCOUNT_DELETE_API_PATH,
  ACCOUNT_EXPORT_API_PATH,
  MEMBER_HANDLE_API_PATH,
  MEMBER_SESSIONS_API_PATH,
  paperPath,
  preferencesPath,
  SIGN_IN_PATH,
  unsubscribePath,
  userPath,
} from "@/lib/http/paths";
import { memberCollections } from "@/lib/collections/collections";
import { memberSavedPapers } from "@/lib/collections/saved";
import { memberComments, memberSubscription, memberUpvotes } from "@/lib/members/account";
import { memberSubmissions } from "@/lib/members/public-page";
import { readSession } from "@/lib/members/session";
import { listSessions } from "@/lib/members/sessions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account", robots: { index: false } };

type Param = string | string[] | undefined;
type Props = {
  searchParams: Promise<{
    delete?: Param;
    handle?: Param;
    "collection-error"?: Param;
    collection?: Param;
    add?: Param;
  }>;
};

const one = (value: Param) => (typeof value === "string" ? value : undefined);

const sectionHeading = "text-lg font-semibold";
const muted = "text-sm text-gray-600 dark:text-gray-400";

export default async function AccountPage({ searchParams }: Props) {
  const session = await readSession(await headers());
  if (!session) redirect(SIGN_IN_PATH);
  const { member } = session;
  const [sessions, upvotes, comments, subscription, submissions, saved, collections] = await Promise.all([
    listSessions(member.id),
    memberUpvotes(member.id),
    memberComments(member.id),
    memberSubscription(member.email),
    memberSubmissions(member.id),
    memberSavedPapers(member.id),
    memberCollections(member.id),
  ]);
  const query = await searchParams;
  const deleteError = query.delete === "confirm";
  const handleError = query.handle === "refused";
  const collectionErrorCode = one(query["collection-error"]);
  const collectionError = collectionErrorCode && { code: collectionErrorCode, collection: one(query.collection) };
  return (
    <div className="mx-auto max-w-2xl space-y-8 py-8">
      <header>
        <h1 className="text-2xl font-bold">Your account</h1>
        <p className="mt-2 text-gray-700 dark:text-gray-300">
          Signed in as <strong>{member.email}</strong>, known here as <strong>@{member.handle}</strong>
          {member.isAdmin && " (admin)"}.
        </p>
      </header>

      <section aria-labelledby="handle-heading" className="space-y-2">
        <h2 id="handle-heading" className={sectionHeading}>
          Your public page
        </h2>
        <p>
          <Link href={userPath(member.handle)} className="underline">
            {userPath(member.handle)}
          </Link>{" "}
          lists your submissions and public collections.
        </p>
        <form method="post" action={MEMBER_HANDLE_API_PATH} className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="handle" className="block text-sm font-medium">
              Handle
            </label>
            <input
              id="handle"
              name="handle"
              defaultValue={member.handle}
              required
              maxLength={40}
              autoComplete="username"
              {...fieldAria(handleError, "handle-feedback")}
              className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm dark:border-gray-700 dark:bg-gray-900"
            />
          </div>
          <button type="submit" className={buttonClass}>
            Change handle
          </button>
        </form>
        <FieldError
          id="handle-feedback"
          announce="alert"
          message={
            handleError
              ? "That handle is taken or not allowed: use 1 to 40 lower-case letters, digits or dashes. Nothing was changed."
              : ""
          }
          className="text-sm"
        />
      </section>

      <PaperLinks
        id="upvotes"
        title="Your upvotes"
        papers={upvotes.map((upvote) => ({ id: upvote.paperId, title: upvote.title }))}
      />

      <PaperLinks
        id="submissions"
        title="Your submissions"
        papers={submissions.map((paper) => ({ id: paper.id, title: paper.title }))}
      />
      <PaperLinks
        id="saved"
        title="Saved papers"
        papers={saved.map(({ paper }) => ({ id: paper.id, title: paper.title }))}
      />

      <section aria-labelledby="collections-heading" className="space-y-2">
        <h2 id="collections-heading" className={sectionHeading}>
          Your collections ({collections.length})
        </h2>
        <p className={muted}>
          Private unless you make them public: a public one has its own page, RSS feed and BibTeX.
        </p>
        <AccountCollections
          collections={collections}
          error={collectionError || undefined}
          adding={one(query.add)?.slice(0, 100)}
        />
      </section>

      <section aria-labelledby="comments-heading" className="space-y-2">
        <h2 id="comments-heading" className={sectionHeading}>
          Your comments ({comments.length})
        </h2>
        {comments.length === 0 ? (
          <p className={muted}>None yet.</p>
        ) : (
          <ul className="space-y-2">
            {comments.map((comment) => (
              <li key={comment.id}>
                On{" "}
                <Link href={paperPath(comment.paperId)} className="font-medium hover:underline">
                  {comment.paper.title}
                </Link>
                :{" "}
                <span className={muted}>
                  {comment.body.length > 140 ? `${comment.body.slice(0, 140)}…` : comment.body}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="digest-heading" className="space-y-2">
        <h2 id="digest-heading" className={sectionHeading}>
          Digest email
        </h2>
        {subscription?.status === SubscriberStatus.active ? (
          <p>
            {member.email} gets the {subscription.frequency} digest.{" "}
            <Link href={preferencesPath(sign(TokenPurpose.preferences, subscription.id))} className="underline">
              The digest settings of your address
            </Link>{" "}
            (how often, topics, mutes, when) or{" "}
            <Link href={unsubscribePath(sign(TokenPurpose.unsubscribe, subscription.id))} className="underline">
              unsubscribe
            </Link>
            .
          </p>
        ) : (
          <p>
            {member.email} gets no digest
            {subscription?.status === SubscriberStatus.pending && " (a confirmation email is waiting)"}.{" "}
            <Link href="#subscribe" className="underline">
              Subscribe
            </Link>{" "}
            with the form at the top of the page.
          </p>
        )}
      </section>

      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className={sectionHeading}>
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

      <section aria-labelledby="data-heading" className="space-y-2">
        <h2 id="data-heading" className={sectionHeading}>
          Your data
        </h2>
        <p>
          <a href={ACCOUNT_EXPORT_API_PATH} className="underline" download>
            Download everything stored about you (JSON)
          </a>
        </p>
      </section>

      <section aria-labelledby="delete-heading" className="space-y-2">
        <h2 id="delete-heading" className={sectionHeading}>
          Delete your account
        </h2>
        <p className={muted}>
          Your upvotes are removed (and the papers recounted), your saved papers and collections are deleted, your
          digest subscription ends, and your comments and submissions stay, shown as from a deleted member.
        </p>
        <form method="post" action={ACCOUNT_DELETE_API_PATH} className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="delete-confirm" className="block text-sm font-medium">
              Type &ldquo;delete&rdquo; to confirm
            </label>
            <input
              id="delete-confirm"
              name="confirm"
              autoComplete="off"
              {...fieldAria(deleteError, "delete-feedback")}
              className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm dark:border-gray-700 dark:bg-gray-900"
            />
          </div>
          <button
            type="submit"
            className="rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800"
          >
            Delete my account
          </button>
        </form>
        <FieldError
          id="delete-feedback"
          announce="alert"
          message={deleteError ? 'Type "delete" in the box to confirm: nothing was deleted.' : ""}
          className="text-sm"
        />
      </section>
    </div>
  );
}

/** A titled list of papers, each a link to its page. */
function PaperLinks({ id, title, papers }: { id: string; title: string; papers: { id: string; title: string }[] }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2">
      <h2 id={`${id}-heading`} className={sectionHeading}>
        {title} ({papers.length})
      </h2>
      {papers.length === 0 ? (
        <p className={muted}>None yet.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6" data-testid={`my-${id}`}>
          {papers.map((paper) => (
            <li key={paper.id}>
              <Link href={paperPath(paper.id)} className="hover:underline">
                {paper.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
