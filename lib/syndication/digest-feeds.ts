// RSS 2.0 and Atom 1.0 feeds of the digest archive, one entry per edition sent, written by the
// `feed` package as the paper feeds are.
import "server-only";
import { Feed } from "feed";
import { getEnv } from "../db/env";
import { latestEditions, type Edition } from "../digest/editions";
import { cachedResponse } from "../http/conditional-get";
import { DIGEST_FEED_PATHS, DIGESTS_PATH, editionPath, paperPath } from "../http/paths";
import { route } from "../http/respond";
import { escapeHtml } from "../papers/text";
import { xmlSafe } from "./feeds";
import { READER_FEED_TYPES } from "./links";

/** Editions in the feeds: two months of daily and weekly digests. */
export const DIGEST_FEED_SIZE = 70;

const KIND_NAME = { daily: "Daily digest", weekly: "Weekly digest" } as const;

/** The edition's papers as an ordered HTML list, escaped for the feed's HTML content. */
function editionHtml(edition: Edition, appUrl: string): string {
  const items = edition.papers.map(
    (paper) =>
      `<li><a href="${escapeHtml(`${appUrl}${paperPath(paper.id)}`)}">${escapeHtml(xmlSafe(paper.title))}</a></li>`,
  );
  return `<ol>${items.join("")}</ol>`;
}

function renderXml(editions: Edition[], format: "rss" | "atom", updated: Date): string {
  const appUrl = getEnv().APP_URL;
  const feed = new Feed({
    id: `${appUrl}${DIGESTS_PATH}`,
    title: "Daily Papers: digest archive",
    description: "Every daily and weekly digest Daily Papers sent.",
    link: `${appUrl}${DIGESTS_PATH}`,
    language: "en",
    updated,
    generator: "Daily Papers",
    feedLinks: { rss: `${appUrl}${DIGEST_FEED_PATHS.rss}`, atom: `${appUrl}${DIGEST_FEED_PATHS.atom}` },
    author: { name: "Daily Papers", link: appUrl },
  });
  for (const edition of editions) {
    feed.addItem({
      title: escapeHtml(`${KIND_NAME[edition.kind]} · ${edition.label}`),
      link: `${appUrl}${editionPath(edition.kind, edition.period)}`,
      date: edition.sentAt,
      description: escapeHtml(`${edition.papers.length} trending papers`),
      content: editionHtml(edition, appUrl),
    });
  }
  return format === "rss" ? feed.rss2() : feed.atom1();
}

/** The GET handler of the archive's feed in one format. */
export function digestFeedRoute(format: "rss" | "atom") {
  return route(async (request: Request) => {
    const editions = await latestEditions(DIGEST_FEED_SIZE);
    // Editions never change: the newest one's sending is the feed's last change.
    const updated = editions[0]?.sentAt ?? new Date(0);
    return cachedResponse(request, {
      body: renderXml(editions, format, updated),
      contentType: `${READER_FEED_TYPES[format]}; charset=utf-8`,
      lastModified: updated,
    });
  });
}
