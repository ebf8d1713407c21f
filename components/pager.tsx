import Link from "next/link";

/**
 * Previous / next page links of a paged list; `href` builds the link of a page (from 0). Named
 * "… page" so that they differ from a feed's previous / next day, week or month.
 */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-between text-sm">
      {page > 0 ? (
        <Link href={href(page - 1)} rel="prev" className="font-medium hover:underline">
          ← Previous page
        </Link>
      ) : (
        <span />
      )}
      <span className="text-gray-500 dark:text-gray-400">
        Page {page + 1} of {pages}
      </span>
      {page + 1 < pages ? (
        <Link href={href(page + 1)} rel="next" className="font-medium hover:underline">
          Next page →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** The `?p=` of a paged list: a page number from 0; anything else is the first page. */
export function pageParam(value: string | string[] | undefined): number {
  return typeof value === "string" && /^\d{1,4}$/.test(value) ? Number(value) : 0;
}
