import Link from "next/link";
import { notFound } from "next/navigation";
import { spanPath } from "@/lib/http/paths";
import { formatSpan, parseDay, parseMonth, parseWeek, type Span, type SpanKind } from "@/lib/papers/dates";
import { loadFeed, type Feed } from "@/lib/papers/feed";
import { DayTime } from "./day-time";
import { FeedTabs } from "./feed-tabs";
import { LiveCounts } from "./live-counts";
import { Pager } from "./pager";
import { PaperList } from "./paper-list";

/**
 * A day's feed, or a page (from 0) of a week's or month's, as every visitor gets it; the visitor's
 * votes arrive after load. A page past the last is a 404.
 */
export async function FeedPage({ span, page = 0 }: { span: Span; page?: number }) {
  const feed = await loadFeed(span, page);
  if (!feed) notFound();
  return (
    <LiveCounts ids={feed.papers.map((paper) => paper.id)}>
      <FeedView feed={feed} />
    </LiveCounts>
  );
}

function spanLabel(kind: SpanKind, key: string): string {
  const span =
    kind === "day"
      ? { kind, key, from: parseDay(key)!, to: key }
      : kind === "week"
        ? parseWeek(key)!
        : parseMonth(key)!;
  return formatSpan(span);
}

function StepLink({
  kind,
  target,
  rel,
  children,
}: {
  kind: SpanKind;
  target: string | null;
  rel: "prev" | "next";
  children: string;
}) {
  // Greyed but still legible (WCAG AA contrast): a plain span is no control, so no exemption applies.
  if (!target) return <span className="text-gray-500 dark:text-gray-400">{children}</span>;
  return (
    <Link
      href={spanPath(kind, target)}
      rel={rel}
      className="font-medium hover:underline"
      title={spanLabel(kind, target)}
    >
      {children}
    </Link>
  );
}

function FeedView({ feed }: { feed: Feed }) {
  const { span, papers, previous, next, page, pages } = feed;
  const title = formatSpan(span);
  return (
    <>
      <div className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight">Daily Papers</h1>
        <p className="text-gray-600 dark:text-gray-400">by the research community</p>
      </div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <FeedTabs day={span.from} current={span.kind} />
        <nav aria-label="Previous and next" className="flex items-center gap-4 text-sm">
          <StepLink kind={span.kind} target={previous} rel="prev">
            ← Previous
          </StepLink>
          <StepLink kind={span.kind} target={next} rel="next">
            Next →
          </StepLink>
        </nav>
      </div>
      <h2 className="mb-4 text-xl font-semibold">{span.kind === "day" ? <DayTime day={span.from} /> : title}</h2>
      {papers.length > 0 ? (
        <PaperList
          papers={papers}
          label={pages > 1 ? `Papers of ${title}, page ${page + 1} of ${pages}` : `Papers of ${title}`}
        />
      ) : (
        <EmptySpan feed={feed} />
      )}
      <Pager page={page} pages={pages} href={(to) => spanPath(span.kind, span.key, to)} />
    </>
  );
}

function EmptySpan({ feed }: { feed: Feed }) {
  const { span, previous, next } = feed;
  const nearest = span.kind === "day" ? [previous, next].filter((day): day is string => day !== null) : [];
  return (
    <div className="rounded-xl border border-dashed border-gray-300 p-8 text-center dark:border-gray-700">
      <p>
        No papers {span.kind === "day" ? "on" : "in"} {formatSpan(span)}.
      </p>
      {nearest.length > 0 && (
        <p className="mt-2 text-sm">
          Nearest days with papers:{" "}
          {nearest.map((day, index) => (
            <span key={day}>
              {index > 0 && " and "}
              <Link href={spanPath("day", day)} className="font-medium underline">
                <DayTime day={day} />
              </Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
