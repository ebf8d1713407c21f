import { LatestFeedPage } from "@/components/latest-feed-page";

export const dynamic = "force-dynamic";

export default LatestFeedPage;
