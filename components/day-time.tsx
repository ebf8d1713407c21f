import { formatDay, type Day } from "@/lib/papers/dates";

export function DayTime({ day }: { day: Day }) {
  return <time dateTime={day}>{formatDay(day)}</time>;
}
