// What a digest covers: the period key that deliveries are unique on, the date its subject names,
// and the look-back window in which a paper must be new or upvoted to be worth sending. A period
// is named in the reader's time zone (lib/digest/local-time.ts); the window ends at the run.
import { formatDay, parseWeek, today, formatSpan, toDay, type Day } from "../papers/dates";
import { DigestFrequency } from "../generated/prisma/enums";
import { localPeriodName, periodKey } from "./local-time";

const DAY_MS = 86_400_000;

export interface DigestPeriod {
  frequency: DigestFrequency;
  /** "daily:2026-06-23" or "weekly:2026-W26". */
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

/** The period `name` (by default the one containing `now` in UTC), as a run at `now` sends it. */
export function digestPeriod(
  frequency: DigestFrequency,
  now: Date,
  name: string = localPeriodName(frequency, today(now)),
): DigestPeriod {
  // A look-back window rather than the calendar period: on a Monday the new ISO week has no papers
  // yet, while last week's are exactly what a weekly reader has not seen.
  const since = new Date(now.getTime() - (frequency === DigestFrequency.daily ? 1 : 7) * DAY_MS);
  const label = frequency === DigestFrequency.daily ? formatDay(name) : formatSpan(parseWeek(name)!);
  return { frequency, key: periodKey(frequency, name), name, label, since, sinceDay: toDay(since), now };
}
