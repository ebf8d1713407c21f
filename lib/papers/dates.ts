// Calendar arithmetic for feed days, ISO weeks and months. Days are "YYYY-MM-DD" strings and
// every Date here is a UTCDate, so the server's time zone never shifts a day.
import { UTCDate } from "@date-fns/utc";
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addWeeks } from "date-fns/addWeeks";
import { endOfISOWeek } from "date-fns/endOfISOWeek";
import { endOfMonth } from "date-fns/endOfMonth";
import { format } from "date-fns/format";
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeekYear } from "date-fns/getISOWeekYear";
import { getISOWeeksInYear } from "date-fns/getISOWeeksInYear";
import { setISOWeek } from "date-fns/setISOWeek";
import { startOfISOWeek } from "date-fns/startOfISOWeek";

/** A calendar day as "YYYY-MM-DD". */
export type Day = string;

export type SpanKind = "day" | "week" | "month";

/** A range of feed days that a page lists, with the keys of the spans before and after it. */
export interface Span {
  kind: SpanKind;
  /** "2026-06-22", "2026-W26" or "2026-06". */
  key: string;
  from: Day;
  to: Day;
}

function utc(year: number, monthIndex: number, day: number): UTCDate {
  return new UTCDate(year, monthIndex, day);
}

function toDate(day: Day): UTCDate {
  const [y, m, d] = day.split("-").map(Number);
  return utc(y, m - 1, d);
}

export function toDay(date: Date): Day {
  return format(new UTCDate(date), "yyyy-MM-dd");
}

/** Today in UTC, the clock every feed day is reckoned by. */
export function today(now: Date = new Date()): Day {
  return toDay(now);
}

/** The day, or null when the text is not a real calendar day (2026-02-30, 2026-6-1, foo). */
export function parseDay(text: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = utc(year, month - 1, day);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? text : null;
}

export function shiftDay(day: Day, days: number): Day {
  return toDay(addDays(toDate(day), days));
}

export function weekKey(day: Day): string {
  const date = toDate(day);
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, "0")}`;
}

export function monthKey(day: Day): string {
  return day.slice(0, 7);
}

/** ISO week "YYYY-Www"; null for week 0, week 53 of a 52-week year, or malformed text. */
export function parseWeek(text: string): Span | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, week] = match.slice(1).map(Number);
  // January 4th is always in week 1 of its ISO year.
  const anchor = utc(year, 0, 4);
  if (week < 1 || week > getISOWeeksInYear(anchor)) return null;
  const start = startOfISOWeek(setISOWeek(anchor, week));
  return { kind: "week", key: text, from: toDay(start), to: toDay(endOfISOWeek(start)) };
}

/** Month "YYYY-MM"; null for month 00, 13 or malformed text. */
export function parseMonth(text: string): Span | null {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month] = match.slice(1).map(Number);
  if (month < 1 || month > 12) return null;
  const start = utc(year, month - 1, 1);
  return { kind: "month", key: text, from: toDay(start), to: toDay(endOfMonth(start)) };
}

export function daySpan(day: Day): Span {
  return { kind: "day", key: day, from: day, to: day };
}

/** The week or month right before (-1) or after (+1) the span. */
export function adjacentSpan(span: Span, step: -1 | 1): Span {
  if (span.kind === "day") return daySpan(shiftDay(span.from, step));
  if (span.kind === "week") {
    const next = addWeeks(toDate(span.from), step);
    return parseWeek(weekKey(toDay(next)))!;
  }
  return parseMonth(monthKey(toDay(addMonths(toDate(span.from), step))))!;
}

/** "Jun 22, 2026". */
export function formatDay(day: Day): string {
  return format(toDate(day), "MMM d, yyyy");
}

/** "Week 26 of 2026 (Jun 22 – Jun 28)", "June 2026" or "Jun 22, 2026". */
export function formatSpan(span: Span): string {
  if (span.kind === "day") return formatDay(span.from);
  if (span.kind === "month") return format(toDate(span.from), "MMMM yyyy");
  const [year, week] = span.key.split("-W");
  const range = `${format(toDate(span.from), "MMM d")} – ${format(toDate(span.to), "MMM d")}`;
  return `Week ${Number(week)} of ${year} (${range})`;
}

/** Midnight UTC of the day, as HF's API gives `publishedAt`. */
export function dayToIso(day: Day): string {
  return `${day}T00:00:00.000Z`;
}
