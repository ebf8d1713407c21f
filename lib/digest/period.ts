// What a digest run covers: the period key that deliveries are unique on, the date its subject
// names, and the look-back window in which a paper must be new or upvoted to be worth sending.
import { formatDay, parseWeek, today, weekKey, formatSpan, toDay, type Day } from "../papers/dates";
import { DigestFrequency } from "../generated/prisma/enums";

const DAY_MS = 86_400_000;

export interface DigestPeriod {
  frequency: DigestFrequency;
  /** "daily:2026-06-23" or "weekly:2026-W26" (UTC). */
  key: string;
  /** "2026-06-23" or "2026-W26": the period's name in the archive. */
  name: string;
  /** "Jun 23, 2026" or "Week 26 of 2026 (Jun 22 – Jun 28)". */
  label: string;
  /** A paper qualifies when its feed day is on or after sinceDay or it was upvoted since `since`. */
  since: Date;
  sinceDay: Day;
  now: Date;
}

export function digestPeriod(frequency: DigestFrequency, now: Date): DigestPeriod {
  const day = today(now);
  // A look-back window rather than the calendar period: on a Monday the new ISO week has no papers
  // yet, while last week's are exactly what a weekly reader has not seen.
  const since = new Date(now.getTime() - (frequency === DigestFrequency.daily ? 1 : 7) * DAY_MS);
  const base = { frequency, since, sinceDay: toDay(since), now };
  if (frequency === DigestFrequency.daily) return { ...base, key: `daily:${day}`, name: day, label: formatDay(day) };
  const week = weekKey(day);
  return { ...base, key: `weekly:${week}`, name: week, label: formatSpan(parseWeek(week)!) };
}
