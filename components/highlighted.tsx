import type { Segment } from "@/lib/search/highlight";

/** Text with the matched words in <mark>; every segment is rendered as text, never as markup. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text));
}
