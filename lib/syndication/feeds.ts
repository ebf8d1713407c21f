// The feeds for readers: the latest feed days and the trending papers, as RSS 2.0, Atom 1.0 (both
// written by the `feed` package) and JSON Feed 1.1 (lib/syndication/json-feed.ts).
import "server-only";
import { Feed, type Item } from "feed";
import { cachedResponse, etagOf } from "../http/conditional-get";
import { cachedAnswer } from "../papers/answer-cache";
import { db } from "../db/client";
import { dayToIso } from "../papers/dates";
import { getEnv } from "../db/env";
import { paperPath, READER_FEED_PAGE_PATHS } from "../http/paths";
import { READER_FEED_PATHS, READER_FEED_TYPES, type ReaderFeedFormat, type ReaderFeedKind } from "./links";
import { escapeHtml } from "../papers/text";
import type { JsonFeed } from "./json-feed";
import { papersInSpan, type PaperSummary } from "../papers/queries";
import { VISIBLE } from "../papers/visibility";
import { route } from "../http/respond";
import { trendingPapers } from "../votes/trending";

/** How many of the latest feed days the daily feed holds. */
export const DAILY_FEED_DAYS = 3;
export const TRENDING_FEED_SIZE = 30;

interface Channel {
  kind: ReaderFeedKind;
  title: string;
  description: string;
  pagePath: string;
  papers: PaperSummary[];
  /** The latest change to any of its papers (the epoch when it has none). */
  updated: Date;
}

async function latestChange(papers: PaperSummary[]): Promise<Date> {
  const [listed, hidden] = await Promise.all([
    db.paper.aggregate({ where: { id: { in: papers.map((p) => p.id) } }, _max: { updatedAt: true } }),
    // Hiding a paper takes it out of the feed without touching the papers left in it.
    db.paper.aggregate({ _max: { hiddenAt: true } }),
  ]);
  const times = [listed._max.updatedAt, hidden._max.hiddenAt].map((time) => time?.getTime() ?? 0);
  return new Date(Math.max(...times));
}

/** The papers of the latest DAILY_FEED_DAYS feed days: the latest day first, each most upvoted first. */
async function dailyPapers(): Promise<PaperSummary[]> {
  // groupBy is SQL's GROUP BY on the feed-day index; Prisma's `distinct` de-duplicates every row
  // in JavaScript (163 ms against 2 ms at 100,000 papers).
  const days = await db.paper.groupBy({
    by: ["feedDate"],
    where: VISIBLE,
    orderBy: { feedDate: "desc" },
    take: DAILY_FEED_DAYS,
  });
  if (!days.length) return [];
  const papers = await papersInSpan({ from: days[days.length - 1].feedDate, to: days[0].feedDate });
  // A stable sort keeps each day's upvote order.
  return papers.sort((a, b) => b.feedDate.localeCompare(a.feedDate));
}

async function loadChannel(kind: ReaderFeedKind): Promise<Channel> {
  const papers = kind === "daily" ? await dailyPapers() : await trendingPapers({ limit: TRENDING_FEED_SIZE });
  const updated = await latestChange(papers);
  return kind === "daily"
    ? {
        kind,
        title: "Daily Papers",
        description: "The papers of the latest days on Daily Papers.",
        pagePath: READER_FEED_PAGE_PATHS.daily,
        papers,
        updated,
      }
    : {
        kind,
        title: "Daily Papers: trending",
        description: "The papers with the most recent upvotes.",
        pagePath: READER_FEED_PAGE_PATHS.trending,
        papers,
        updated,
      };
}

// XML 1.0 cannot hold most control characters, even escaped: drop them rather than break the feed.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

/** Who a reader should see as the author: the named authors, else the organization. */
function authorNames(paper: PaperSummary): string[] {
  if (paper.authors.length) return paper.authors;
  return paper.organization ? [paper.organization.name] : [];
}

function paperUrl(paper: PaperSummary): string {
  return `${getEnv().APP_URL}${paperPath(paper.id)}`;
}

/** RSS 2.0 or Atom. Titles and summaries go out as escaped HTML, as both formats declare them. */
function renderXml(channel: Channel, format: "rss" | "atom"): string {
  const appUrl = getEnv().APP_URL;
  const links = READER_FEED_PATHS[channel.kind];
  const feed = new Feed({
    id: `${appUrl}${channel.pagePath}`,
    title: channel.title,
    description: channel.description,
    link: `${appUrl}${channel.pagePath}`,
    language: "en",
    updated: channel.updated,
    generator: "Daily Papers",
    feedLinks: { rss: `${appUrl}${links.rss}`, atom: `${appUrl}${links.atom}`, json: `${appUrl}${links.json}` },
    author: { name: "Daily Papers", link: appUrl },
  });
  for (const paper of channel.papers) feed.addItem(paperItem(paper, format));
  return format === "rss" ? feed.rss2() : feed.atom1();
}

/** One paper as an RSS or Atom item, for every feed of papers (collections' too). */
export function paperItem(
  paper: PaperSummary,
  format: "rss" | "atom",
  date = new Date(dayToIso(paper.feedDate)),
): Item {
  const item: Item = {
    // No id: the link is the GUID (a permalink in RSS, the entry id in Atom), stable per paper.
    title: escapeHtml(xmlSafe(paper.title)),
    link: paperUrl(paper),
    date,
    description: escapeHtml(xmlSafe(paper.abstract)),
  };
  // RSS's <author> must be an email address, which papers do not have.
  if (format === "atom") item.author = authorNames(paper).map((name) => ({ name: xmlSafe(name) }));
  return item;
}

function renderJson(channel: Channel): string {
  const appUrl = getEnv().APP_URL;
  const document: JsonFeed = {
    version: "https://jsonfeed.org/version/1.1",
    title: channel.title,
    home_page_url: `${appUrl}${channel.pagePath}`,
    feed_url: `${appUrl}${READER_FEED_PATHS[channel.kind].json}`,
    description: channel.description,
    language: "en",
    authors: [{ name: "Daily Papers", url: appUrl }],
    items: channel.papers.map((paper) => {
      const authors = authorNames(paper).map((name) => ({ name }));
      return {
        id: paperUrl(paper),
        url: paperUrl(paper),
        title: paper.title,
        content_text: paper.abstract,
        date_published: dayToIso(paper.feedDate),
        ...(authors.length && { authors }),
        ...(paper.organization && { tags: [paper.organization.name] }),
      };
    }),
  };
  return JSON.stringify(document);
}

// Every feed is computed once a minute at most, and again after any change made through the app
// (a vote, a submission, an import: each drops the cached answers), as the pages are. The latest
// feeds are no cheaper to serve than the trending ones: ~320 kB of three days' abstracts, written
// out by the feed package for every request, held them to a fifth of a cached page's rate.
const FEED_CACHE_MS = 60_000;

interface RenderedFeed {
  body: string;
  etag: string;
  updated: Date;
}

function renderFeed(kind: ReaderFeedKind, format: ReaderFeedFormat): Promise<RenderedFeed> {
  return cachedAnswer(`feed ${kind} ${format}`, FEED_CACHE_MS, async () => {
    const channel = await loadChannel(kind);
    const body = format === "json" ? renderJson(channel) : renderXml(channel, format);
    return { body, etag: etagOf(body), updated: channel.updated };
  });
}

/** The GET handler of one feed in one format. */
export function readerFeedRoute(kind: ReaderFeedKind, format: ReaderFeedFormat) {
  return route(async (request: Request) => {
    const { body, etag, updated } = await renderFeed(kind, format);
    return cachedResponse(request, {
      body,
      etag,
      contentType: `${READER_FEED_TYPES[format]}; charset=utf-8`,
      lastModified: updated,
    });
  });
}
