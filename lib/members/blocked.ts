// Blocked members (set by an admin, lib/moderation/members.ts).
import { db } from "../db/client";

export const BLOCKED_MESSAGE = "This account is blocked by the site's admins.";

export async function isBlocked(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { blockedAt: true } });
  return Boolean(user?.blockedAt);
}
