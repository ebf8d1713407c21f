import { spanFeedRoute } from "@/components/span-feed-route";
import { daySpan, parseDay } from "@/lib/dates";

export const dynamic = "force-dynamic";

const route = spanFeedRoute("date", (key) => {
  const day = parseDay(key);
  return day ? daySpan(day) : null;
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
