import { spanFeedRoute } from "@/components/span-feed-route";
import { parseMonth } from "@/lib/dates";

export const dynamic = "force-dynamic";

const route = spanFeedRoute("month", parseMonth);

export const generateMetadata = route.generateMetadata;
export default route.Page;
