// What a feed page shows for a day, week or month: its ranked papers and where to go next.
import "server-only";
import { pageSegment } from "../http/paths";
import { adjacentSpan, daySpan, parseDay, parseMonth, parseWeek, shiftDay, today, type Span } from "./dates";
import {
  countPapersInSpan,
  earliestFeedDate,
  latestFeedDate,
  neighbourFeedDates,
  papersInSpan,
  type PaperSummary,
} from "./queries";

/**
 * Cards on a page of a week or a month (a month holds ~1,500 papers on a busy feed: one page of
 * them was 1.6 MB). A day is one page, as on Hugging Face.
 */
export const SPAN_PAGE_SIZE = 50;

export interface Feed {
  span: Span;
  papers: PaperSummary[];
  /** Keys of the spans that the previous / next links go to; null where there is none. */
  previous: string | null;
  next: string | null;
  /** This page of the span's papers (from 0), and how many there are (at least 1). */
  page: number;
  pages: number;
}

/** A page of a span's feed; null when a week or month has no such page (only page 0 always exists). */
export async function loadFeed(span: Span, page = 0): Promise<Feed | null> {
  if (span.kind === "day") {
    if (page > 0) return null;
    const [papers, neighbours] = await Promise.all([papersInSpan(span), neighbourFeedDates(span.from)]);
    return { span, papers, ...neighbours, page: 0, pages: 1 };
  }
  const [papers, count] = await Promise.all([
    papersInSpan(span, { limit: SPAN_PAGE_SIZE, offset: page * SPAN_PAGE_SIZE }),
    countPapersInSpan(span),
  ]);
  const pages = Math.max(1, Math.ceil(count / SPAN_PAGE_SIZE));
  if (page >= pages) return null;
  return { span, papers, previous: adjacentSpan(span, -1).key, next: adjacentSpan(span, 1).key, page, pages };
}

/**
 * Whether a span touches the days a feed can have: from a year before the first feed day to
 * tomorrow (a time zone ahead of UTC). Each page is cached once rendered, so without this bound
 * anyone could fill the cache with the empty feeds of the year 9999, one request at a time.
 */
async function withinFeedDays(span: Span, now: Date): Promise<boolean> {
  const first = (await earliestFeedDate()) ?? today(now);
  return span.to >= shiftDay(first, -365) && span.from <= shiftDay(today(now), 1);
}

const PARSERS = {
  date: (key: string) => {
    const day = parseDay(key);
    return day ? daySpan(day) : null;
  },
  week: parseWeek,
  month: parseMonth,
} satisfies Record<string, (key: string) => Span | null>;

export type FeedKind = keyof typeof PARSERS;

/**
 * The span a feed route names, or null (a 404): a real day, ISO week or month within the feed's
 * days, or "latest" for the latest day that has papers.
 */
export async function resolveFeedKey(kind: FeedKind, key: string, now = new Date()): Promise<Span | null> {
  if (kind === "date" && key === "latest") return daySpan((await latestFeedDate()) ?? today(now));
  const span = PARSERS[kind](key);
  return span && (await withinFeedDays(span, now)) ? span : null;
}

/**
 * The span and page (from 1) that /papers/{week,month}/{key}/p/{page} names, or null (a 404): the
 * same bounds as the first page's key, and a page number as the `?p=` rewrite allows.
 */
export async function resolveFeedPage(
  kind: Exclude<FeedKind, "date">,
  key: string,
  segment: string,
  now = new Date(),
): Promise<{ span: Span; page: number } | null> {
  const page = pageSegment(segment);
  const span = page === null ? null : await resolveFeedKey(kind, key, now);
  return span && page !== null ? { span, page } : null;
}
