import Link from "next/link";
import { monthKey, weekKey, type Day, type SpanKind } from "@/lib/papers/dates";
import { spanPath, TRENDING_PATH } from "@/lib/http/paths";

type Tab = SpanKind | "trending";

const TAB_LABEL: Record<Tab, string> = { day: "Daily", week: "Weekly", month: "Monthly", trending: "Trending" };

/** Daily / Weekly / Monthly around `day`, and Trending; `current` is the page shown. */
export function FeedTabs({ day, current }: { day: Day; current: Tab }) {
  const href: Record<Tab, string> = {
    day: spanPath("day", day),
    week: spanPath("week", weekKey(day)),
    month: spanPath("month", monthKey(day)),
    trending: TRENDING_PATH,
  };
  return (
    <nav
      aria-label="Feed period"
      className="inline-flex rounded-lg border border-gray-200 p-0.5 text-sm dark:border-gray-700"
    >
      {(Object.keys(TAB_LABEL) as Tab[]).map((tab) => (
        <Link
          key={tab}
          href={href[tab]}
          aria-current={tab === current ? "page" : undefined}
          className="rounded-md px-3 py-1 aria-[current=page]:bg-gray-900 aria-[current=page]:text-white dark:aria-[current=page]:bg-gray-100 dark:aria-[current=page]:text-gray-900"
        >
          {TAB_LABEL[tab]}
        </Link>
      ))}
    </nav>
  );
}
