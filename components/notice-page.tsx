import Link from "next/link";
import type { ReactNode } from "react";

/** The small pages that answer a link from an email: a heading and a few lines. */
export function NoticePage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-xl py-12">
      <h1 className="text-2xl font-bold">{title}</h1>
      <div className="mt-4 space-y-4 text-gray-700 dark:text-gray-300">{children}</div>
    </div>
  );
}

export function SubscribeAgain() {
  return (
    <p>
      <Link href="#subscribe" className="font-medium underline">
        Subscribe again
      </Link>{" "}
      with the form at the top of the page: we will send you a new link.
    </p>
  );
}

export const buttonClass =
  "rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700 dark:bg-white dark:text-gray-900 dark:hover:bg-gray-200";
