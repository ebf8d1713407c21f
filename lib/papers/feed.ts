// What a feed page shows for a day, week or month: its ranked papers and where to go next.
import "server-only";
import { adjacentSpan, daySpan, parseDay, today, type Span } from "./dates";
import { latestFeedDate, neighbourFeedDates, papersInSpan, type PaperSummary } from "./queries";

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

/** The span a day route names: a real day, or "latest" for the latest day that has papers. */
export async function resolveDayKey(key: string): Promise<Span | null> {
  if (key === "latest") return daySpan((await latestFeedDate()) ?? today());
  const day = parseDay(key);
  return day ? daySpan(day) : null;
}
