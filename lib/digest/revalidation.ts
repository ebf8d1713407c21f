// The archive's cached pages after a digest run: the list gains the new edition, and an edition's
// address asked for before it was sent (a cached 404) shows it. Only a run inside the Next server
// (the cron route) can do this; a run from `npm run digest` shows within the pages' revalidate.
import "server-only";
import { revalidatePath } from "next/cache";
import { DIGESTS_PATH } from "../http/paths";

export function revalidateArchive(): void {
  revalidatePath(DIGESTS_PATH, "layout");
}
