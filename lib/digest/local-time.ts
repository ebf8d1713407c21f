// A reader's clock: the local day and hour of an instant in their IANA time zone, and the digest
// period (a local day or ISO week) it falls in. Intl does the time-zone arithmetic, daylight
// saving included; formatters are built once per zone, since a run asks for the same few zones.
import { weekKey, type Day } from "../papers/dates";
import { DigestFrequency } from "../generated/prisma/enums";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The zone's canonical name ("Asia/Tokyo" for "asia/tokyo"), or null when Intl does not know it. */
export function canonicalTimeZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export interface LocalTime {
  day: Day;
  hour: number;
}

export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/** "2026-06-23" (daily) or "2026-W26" (weekly): the reader's local period containing that local day. */
export function localPeriodName(frequency: DigestFrequency, day: Day): string {
  return frequency === DigestFrequency.daily ? day : weekKey(day);
}

/** What the delivery of one reader's period is unique on: "daily:2026-06-23" or "weekly:2026-W26". */
export function periodKey(frequency: DigestFrequency, name: string): string {
  return `${frequency}:${name}`;
}

export interface Schedule {
  frequency: DigestFrequency;
  timeZone: string;
  sendHour: number;
  /** A local day; nothing is due before it. */
  pausedUntil: Day | null;
}

/** The reader's local period if their digest is due at `instant` (their hour has come, not paused), else null. */
export function duePeriod(schedule: Schedule, instant: Date): string | null {
  const local = localTime(instant, schedule.timeZone);
  if (local.hour < schedule.sendHour) return null;
  if (schedule.pausedUntil && local.day < schedule.pausedUntil) return null;
  return localPeriodName(schedule.frequency, local.day);
}

const HOUR_MS = 3_600_000;
// A pause ends within a year or so; past that the page says nothing is due.
const LOOKAHEAD_HOURS = 24 * 400;

/**
 * The first hourly run (on the hour, UTC) after `now` that would send this reader a period they
 * have not been sent (`sentPeriods`, as period keys); null when none is within LOOKAHEAD_HOURS.
 */
export function nextDue(schedule: Schedule, now: Date, sentPeriods: ReadonlySet<string>): Date | null {
  const start = (Math.floor(now.getTime() / HOUR_MS) + 1) * HOUR_MS;
  for (let hour = 0; hour < LOOKAHEAD_HOURS; hour += 1) {
    const instant = new Date(start + hour * HOUR_MS);
    const period = duePeriod(schedule, instant);
    if (period && !sentPeriods.has(periodKey(schedule.frequency, period))) return instant;
  }
  return null;
}
