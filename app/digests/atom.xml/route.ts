import { digestFeedRoute } from "@/lib/syndication/digest-feeds";

export const dynamic = "force-dynamic";

export const GET = digestFeedRoute("atom");
