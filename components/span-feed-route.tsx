import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatSpan, type Span } from "@/lib/dates";
import { loadFeed } from "@/lib/feed";
import { FeedView } from "./feed-view";

type Props<K extends string> = { params: Promise<Record<K, string>> };

/** The page and metadata of a feed route whose one segment names a span; a bad key is a 404. */
export function spanFeedRoute<K extends string>(param: K, parse: (key: string) => Span | null) {
  async function spanOf({ params }: Props<K>): Promise<Span | null> {
    return parse((await params)[param]);
  }
  return {
    async generateMetadata(props: Props<K>): Promise<Metadata> {
      const span = await spanOf(props);
      return { title: span ? formatSpan(span) : "Not found" };
    },
    async Page(props: Props<K>) {
      const span = await spanOf(props);
      if (!span) notFound();
      return <FeedView feed={await loadFeed(span)} />;
    },
  };
}
