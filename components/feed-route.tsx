// The pages of the feed routes, app/papers/{date,week,month}/[key] and their /p/[page] twins: each
// route file only names its kind and keeps the literal config exports that Next reads from it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { spanPath } from "@/lib/http/paths";
import { formatSpan, type Span } from "@/lib/papers/dates";
import { resolveFeedKey, resolveFeedPage, type FeedKind } from "@/lib/papers/feed";
import { FeedPage } from "./feed-view";

/** The metadata of a feed page; `null` is a key that names no span (the page is a 404). */
function feedMetadata(span: Span | null): Metadata {
  return { title: span ? formatSpan(span) : "Not found" };
}

/** The generateMetadata and page of `/papers/{kind}/{key}`, where the folder is named as the kind. */
export function feedRoute<K extends FeedKind>(kind: K) {
  type Props = { params: Promise<Record<K, string>> };
  const spanOf = async ({ params }: Props) => resolveFeedKey(kind, (await params)[kind]);
  return {
    generateMetadata: async (props: Props): Promise<Metadata> => feedMetadata(await spanOf(props)),
    Page: async function FeedRoutePage(props: Props) {
      const span = await spanOf(props);
      if (!span) notFound();
      return <FeedPage span={span} />;
    },
  };
}

/**
 * …and of `/papers/{kind}/{key}/p/{page}` (page ≥ 1), where next.config.ts rewrites `?p=` to, with
 * the `?p=` address as the canonical one; a key or page that names none is a 404.
 */
export function pagedFeedRoute<K extends Exclude<FeedKind, "date">>(kind: K) {
  type Props = { params: Promise<Record<K | "page", string>> };
  const pageOf = async ({ params }: Props) => {
    const values = await params;
    return resolveFeedPage(kind, values[kind], values.page);
  };
  return {
    generateMetadata: async (props: Props): Promise<Metadata> => {
      const found = await pageOf(props);
      if (!found) return feedMetadata(null);
      const { span, page } = found;
      return { ...feedMetadata(span), alternates: { canonical: spanPath(span.kind, span.key, page) } };
    },
    Page: async function PagedFeedRoutePage(props: Props) {
      const found = await pageOf(props);
      if (!found) notFound();
      return <FeedPage span={found.span} page={found.page} />;
    },
  };
}
