import { readerFeedRoute } from "@/lib/syndication/feeds";

export const dynamic = "force-dynamic";

export const GET = readerFeedRoute("daily", "rss");
