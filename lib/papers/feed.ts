// What a feed page shows for a day, week or month: its ranked papers and where to go next.
import "server-only";
import { adjacentSpan, daySpan, parseDay, parseMonth, parseWeek, shiftDay, today, type Day, type Span } from "./dates";
import { earliestFeedDate, latestFeedDate, neighbourFeedDates, papersInSpan, type PaperSummary } from "./queries";

export interface Feed {
  span: Span;
  papers: PaperSummary[];
  /** Keys of the spans that the previous / next links go to; null where there is none. */
  previous: string | null;
  next: string | null;
}

export async function loadFeed(span: Span): Promise<Feed> {
  if (span.kind === "day") {
    const [papers, neighbours] = await Promise.all([papersInSpan(span), neighbourFeedDates(span.from)]);
    return { span, papers, ...neighbours };
  }
  return {
    span,
    papers: await papersInSpan(span),
    previous: adjacentSpan(span, -1).key,
    next: adjacentSpan(span, 1).key,
  };
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
