// A member's public handle (/users/{handle}), made once at sign-up from the address's local part.
import { randomBytes } from "node:crypto";
import { db } from "../db/client";
import { fail, ok, type Outcome } from "../http/outcome";

export const HANDLE_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const MAX_BASE = 30;

// Handles that would pass a member off as the site, its staff or its mail, or as the "deleted
// member" shown for an erased account.
const RESERVED = new Set([
  "abuse",
  "account",
  "admin",
  "administrator",
  "anonymous",
  "api",
  "daily-papers",
  "deleted",
  "help",
  "hostmaster",
  "me",
  "mod",
  "moderator",
  "new",
  "noreply",
  "no-reply",
  "papers",
  "postmaster",
  "root",
  "security",
  "settings",
  "staff",
  "support",
  "system",
  "webmaster",
]);

export function isReservedHandle(handle: string): boolean {
  return RESERVED.has(handle);
}

/** "Ada.Lovelace+papers@x.org" → "ada-lovelace"; "member" when nothing usable is left. */
export function handleBase(email: string): string {
  const local = email.slice(0, email.lastIndexOf("@")).split("+")[0];
  const base = local
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_BASE)
    .replace(/^-+|-+$/g, "");
  return base || "member";
}

/** The base when free, otherwise the base with a short random suffix, until one is free. */
export async function uniqueHandle(email: string): Promise<string> {
  const base = handleBase(email);
  for (let candidate = base; ; candidate = `${base}-${randomBytes(3).toString("hex")}`) {
    if (isReservedHandle(candidate)) continue;
    const taken = await db.user.findUnique({ where: { handle: candidate }, select: { id: true } });
    if (!taken) return candidate;
  }
}

/** The member picks another handle: free, and of the pattern; their old address stops working. */
export async function changeHandle(
  userId: string,
  handle: string,
): Promise<Outcome<{ handle: string; previous: string }>> {
  const current = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { handle: true } });
  if (current.handle === handle) return ok({ handle, previous: handle });
  const taken = await db.user.findUnique({ where: { handle }, select: { id: true } });
  if (taken) return fail("invalid", `The handle "${handle}" is taken. Choose another.`);
  try {
    await db.user.update({ where: { id: userId }, data: { handle }, select: { id: true } });
  } catch (error) {
    // Another member took it between the check and the write.
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002")
      return fail("invalid", `The handle "${handle}" is taken. Choose another.`);
    throw error;
  }
  return ok({ handle, previous: current.handle });
}
