// A member's public handle (/users/{handle}), made once at sign-up from the address's local part.
import { randomBytes } from "node:crypto";
import { db } from "../db/client";

export const HANDLE_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const MAX_BASE = 30;

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
    const taken = await db.user.findUnique({ where: { handle: candidate }, select: { id: true } });
    if (!taken) return candidate;
  }
}
