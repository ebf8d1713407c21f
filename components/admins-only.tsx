import Link from "next/link";
import type { Failure } from "@/lib/http/outcome";
import { SIGN_IN_PATH } from "@/lib/http/paths";
import { NoticePage } from "./notice-page";

/** What an admin page shows anyone else: why not, and a way to sign in for a visitor. */
export function AdminsOnly({ failure }: { failure: Failure }) {
  return (
    <NoticePage title="Admins only">
      <p>
        {failure.message}{" "}
        {failure.kind === "unauthorized" && (
          <Link href={SIGN_IN_PATH} className="font-medium underline">
            Sign in
          </Link>
        )}
      </p>
    </NoticePage>
  );
}
