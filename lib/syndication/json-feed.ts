// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). The `feed` package writes only 1.0, so
// the document is built here, typed by this schema (which the tests also parse it with).
import { z } from "zod";

const author = z.object({ name: z.string().min(1), url: z.url().optional() });

export const jsonFeedItem = z.object({
  id: z.string().min(1),
  url: z.url(),
  title: z.string(),
  content_text: z.string(),
  date_published: z.iso.datetime({ offset: true }),
  authors: z.array(author).optional(),
  tags: z.array(z.string()).optional(),
});

export const jsonFeed = z.object({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string().min(1),
  home_page_url: z.url(),
  feed_url: z.url(),
  description: z.string().optional(),
  language: z.string().optional(),
  authors: z.array(author).optional(),
  items: z.array(jsonFeedItem),
});

export type JsonFeed = z.infer<typeof jsonFeed>;
export type JsonFeedItem = z.infer<typeof jsonFeedItem>;
