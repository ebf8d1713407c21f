import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { GET as atom } from "@/app/papers/atom.xml/route";
import { GET as json } from "@/app/papers/feed.json/route";
import { GET as rss } from "@/app/papers/feed.xml/route";
import { GET as trendingRss } from "@/app/papers/trending/feed.xml/route";
import { db } from "@/lib/db/client";
import { dropCachedAnswers } from "@/lib/papers/answer-cache";
import { jsonFeed } from "@/lib/syndication/json-feed";
import { createPaper, createUpvote } from "../factories";

const APP = "http://localhost:3000";
const LISTS = new Set(["rss.channel.item", "feed.entry", "feed.link", "feed.entry.link", "feed.entry.author"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (_name, path) => LISTS.has(String(path)),
});

type Handler = (request: Request, context: undefined) => Promise<Response>;

async function fetchFeed(handler: Handler, path: string, headers: Record<string, string> = {}) {
  const response = await handler(new Request(`${APP}${path}`, { headers }), undefined);
  return { response, body: await response.text() };
}

/** What a feed reader shows for a text declared as HTML. */
function decodeHtml(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

async function seed() {
  await createPaper({ id: "2406.00001", title: "Oldest day", feedDate: "2026-06-19" });
  await createPaper({ id: "2406.00002", title: "Earlier day", feedDate: "2026-06-20" });
  await createPaper({ id: "2406.00003", title: "Middle day", feedDate: "2026-06-21", upvotes: 2 });
  await createPaper({
    id: "2406.00004",
    title: 'Why <script>alert("x")</script> & ]]> stay text',
    abstract: "An abstract with <b>markup</b>, & an ampersand and a control\u0001 character.",
    authors: ["Ada Lovelace", "Alan Turing"],
    feedDate: "2026-06-22",
    upvotes: 9,
  });
  await createPaper({
    id: "lip-forcing",
    title: "Lip Forcing",
    feedDate: "2026-06-22",
    upvotes: 1,
    organization: { slug: "kaist-ai", name: "KAIST AI" },
  });
}

describe("feeds for readers", () => {
  it("RSS 2.0: the latest three feed days, latest first, each most upvoted first, with permalinks and RFC 822 dates", async () => {
    await seed();
    const { response, body } = await fetchFeed(rss, "/papers/feed.xml");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/rss+xml; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");

    const { rss: document } = parser.parse(body);
    expect(document["@version"]).toBe("2.0");
    const channel = document.channel;
    expect(channel.title).toBe("Daily Papers");
    expect(channel.link).toBe(`${APP}/papers`);
    expect(channel["atom:link"]["@href"]).toBe(`${APP}/papers/feed.xml`);
    expect(channel["atom:link"]["@rel"]).toBe("self");
    expect(new Date(channel.lastBuildDate).toUTCString()).toBe(channel.lastBuildDate);

    const items = channel.item;
    expect(items.map((item: { link: string }) => item.link)).toEqual([
      `${APP}/papers/2406.00004`,
      `${APP}/papers/lip-forcing`,
      `${APP}/papers/2406.00003`,
      `${APP}/papers/2406.00002`,
    ]);
    const [first] = items;
    expect(first.guid["#text"]).toBe(`${APP}/papers/2406.00004`);
    expect(first.guid["@isPermaLink"]).toBe("true");
    expect(first.pubDate).toBe("Mon, 22 Jun 2026 00:00:00 GMT");
    expect(decodeHtml(first.title)).toBe('Why <script>alert("x")</script> & ]]> stay text');
    expect(first.title).not.toContain("<script>");
    expect(decodeHtml(first.description)).toBe(
      "An abstract with <b>markup</b>, & an ampersand and a control character.",
    );
    expect(first.author).toBeUndefined();
  });

  it("Atom 1.0: ids, RFC 3339 dates, authors, and HTML-typed escaped text", async () => {
    await seed();
    const { response, body } = await fetchFeed(atom, "/papers/atom.xml");
    expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    const { feed } = parser.parse(body);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${APP}/papers`);
    expect(feed.title).toBe("Daily Papers");
    expect(feed.link.map((link: Record<string, string>) => [link["@rel"], link["@href"]])).toEqual([
      ["alternate", `${APP}/papers`],
      ["self", `${APP}/papers/atom.xml`],
    ]);
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    const [first, second] = feed.entry;
    expect(first.id).toBe(`${APP}/papers/2406.00004`);
    expect(first.link[0]["@href"]).toBe(`${APP}/papers/2406.00004`);
    expect(first.updated).toBe("2026-06-22T00:00:00.000Z");
    expect(first.title["@type"]).toBe("html");
    expect(decodeHtml(first.title["#text"])).toBe('Why <script>alert("x")</script> & ]]> stay text');
    expect(decodeHtml(first.summary["#text"])).toContain("<b>markup</b>");
    expect(first.author.map((author: { name: string }) => author.name)).toEqual(["Ada Lovelace", "Alan Turing"]);
    expect(second.author.map((author: { name: string }) => author.name)).toEqual(["KAIST AI"]);
  });

  it("JSON Feed 1.1, field by field", async () => {
    await seed();
    const { response, body } = await fetchFeed(json, "/papers/feed.json");
    expect(response.headers.get("Content-Type")).toBe("application/feed+json; charset=utf-8");
    const document = jsonFeed.parse(JSON.parse(body));
    expect(document).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      title: "Daily Papers",
      home_page_url: `${APP}/papers`,
      feed_url: `${APP}/papers/feed.json`,
    });
    expect(document.items).toHaveLength(4);
    expect(document.items[0]).toEqual({
      id: `${APP}/papers/2406.00004`,
      url: `${APP}/papers/2406.00004`,
      title: 'Why <script>alert("x")</script> & ]]> stay text',
      content_text: "An abstract with <b>markup</b>, & an ampersand and a control\u0001 character.",
      date_published: "2026-06-22T00:00:00.000Z",
      authors: [{ name: "Ada Lovelace" }, { name: "Alan Turing" }],
    });
    expect(document.items[1]).toMatchObject({ authors: [{ name: "KAIST AI" }], tags: ["KAIST AI"] });
  });

  it("the trending feed ranks by recent upvotes", async () => {
    await seed();
    await createUpvote({ paperId: "2406.00001" });
    const { body } = await fetchFeed(trendingRss, "/papers/trending/feed.xml");
    const { channel } = parser.parse(body).rss;
    expect(channel.title).toBe("Daily Papers: trending");
    expect(channel["atom:link"]["@href"]).toBe(`${APP}/papers/trending/feed.xml`);
    expect(channel.item[0].link).toBe(`${APP}/papers/2406.00001`);
    expect(channel.item).toHaveLength(5);
  });

  it("answers 304 for a matching If-None-Match or a current If-Modified-Since, and 200 once a paper changes", async () => {
    await seed();
    const { response } = await fetchFeed(rss, "/papers/feed.xml");
    const etag = response.headers.get("ETag")!;
    const lastModified = response.headers.get("Last-Modified")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(lastModified).toUTCString()).toBe(lastModified);

    const byEtag = await fetchFeed(rss, "/papers/feed.xml", { "If-None-Match": `"other", W/${etag}` });
    expect(byEtag.response.status).toBe(304);
    expect(byEtag.body).toBe("");
    expect(byEtag.response.headers.get("ETag")).toBe(etag);
    expect((await fetchFeed(rss, "/papers/feed.xml", { "If-Modified-Since": lastModified })).response.status).toBe(304);
    // If-None-Match decides alone when both are sent.
    expect(
      (await fetchFeed(rss, "/papers/feed.xml", { "If-None-Match": '"other"', "If-Modified-Since": lastModified }))
        .response.status,
    ).toBe(200);

    // Seconds later, as HTTP dates have whole seconds.
    const later = new Date(Date.parse(lastModified) + 5000);
    await db.paper.update({ where: { id: "2406.00003" }, data: { title: "Middle day, renamed", updatedAt: later } });
    // A write made outside the app shows once the feeds' minute is over; one made through it (a
    // vote, a submission, an import) drops the cached feeds as this does.
    dropCachedAnswers();
    const changed = await fetchFeed(rss, "/papers/feed.xml", { "If-None-Match": etag });
    expect(changed.response.status).toBe(200);
    expect(changed.response.headers.get("ETag")).not.toBe(etag);
    expect((await fetchFeed(rss, "/papers/feed.xml", { "If-Modified-Since": lastModified })).response.status).toBe(200);
  });

  it("an empty database gives valid empty feeds", async () => {
    const { response, body } = await fetchFeed(rss, "/papers/feed.xml");
    expect(response.status).toBe(200);
    expect(parser.parse(body).rss.channel.item).toBeUndefined();
    expect(jsonFeed.parse(JSON.parse((await fetchFeed(json, "/papers/feed.json")).body)).items).toEqual([]);
  });
});
