import { readerFeedRoute } from "@/lib/reader-feeds";

export const dynamic = "force-dynamic";

export const GET = readerFeedRoute("daily", "atom");
