import type { SpanKind } from "@/lib/papers/dates";

const SEGMENT: Record<SpanKind, string> = { day: "date", week: "week", month: "month" };

export function spanPath(kind: SpanKind, key: string): string {
  return `/papers/${SEGMENT[kind]}/${key}`;
}
