// Where the feeds for readers are, for the route handlers and the pages' <link rel="alternate">.
import { DIGEST_FEED_PATHS, READER_FEED_PATHS, type ReaderFeedFormat, type ReaderFeedKind } from "../http/paths";

export { READER_FEED_PATHS, type ReaderFeedFormat, type ReaderFeedKind };

export const READER_FEED_TYPES: Record<ReaderFeedFormat, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};

const KIND_TITLE: Record<ReaderFeedKind, string> = { daily: "Daily Papers", trending: "Trending papers" };
const FORMAT_TITLE: Record<ReaderFeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

/** Next metadata `alternates.types`: every feed, so a reader finds them from any page. */
export function feedAlternates(): Record<string, { url: string; title: string }[]> {
  const formats = Object.keys(READER_FEED_TYPES) as ReaderFeedFormat[];
  return Object.fromEntries(
    formats.map((format) => [
      READER_FEED_TYPES[format],
      (Object.keys(READER_FEED_PATHS) as ReaderFeedKind[]).map((kind) => ({
        url: READER_FEED_PATHS[kind][format],
        title: `${KIND_TITLE[kind]} (${FORMAT_TITLE[format]})`,
      })),
    ]),
  );
}

/** The archive page's `alternates.types`: its RSS and Atom feeds. */
export function digestFeedAlternates(): Record<string, { url: string; title: string }[]> {
  return {
    [READER_FEED_TYPES.rss]: [{ url: DIGEST_FEED_PATHS.rss, title: "Digest archive (RSS)" }],
    [READER_FEED_TYPES.atom]: [{ url: DIGEST_FEED_PATHS.atom, title: "Digest archive (Atom)" }],
  };
}
