import { spanFeedRoute } from "@/components/span-feed-route";
import { parseWeek } from "@/lib/dates";

export const dynamic = "force-dynamic";

const route = spanFeedRoute("week", parseWeek);

export const generateMetadata = route.generateMetadata;
export default route.Page;
