import Link from "next/link";
import { userPath } from "@/lib/http/paths";

/** "submitted by @handle" (a link to the member's page), or by the stored name of a visitor's submission. */
export function SubmittedBy({
  submittedBy,
  submitter,
}: {
  submittedBy: string | null;
  submitter: { handle: string } | null;
}) {
  if (submitter)
    return (
      <span>
        submitted by{" "}
        <Link href={userPath(submitter.handle)} className="hover:underline">
          @{submitter.handle}
        </Link>
      </span>
    );
  return submittedBy ? <span>submitted by {submittedBy}</span> : null;
}
