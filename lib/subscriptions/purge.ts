// Pending subscriptions whose confirmation link has expired are never confirmed: nobody can use
// their token any more. Deleting them keeps addresses nobody confirmed out of the database; asking
// again starts afresh. The digest run calls it, so no other schedule is needed.
import { db } from "../db/client";

/** Deletes the pending subscriptions whose confirmation token expired before `now`; returns how many. */
export async function purgeExpiredPending(now = new Date()): Promise<number> {
  const { count } = await db.subscriber.deleteMany({ where: { status: "pending", confirmTokenExpiresAt: { lt: now } } });
  return count;
}
