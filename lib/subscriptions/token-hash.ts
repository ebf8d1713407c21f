// How a subscriber's confirmation token is stored: only its SHA-256, so that a copy of the database
// confirms nobody. Free of server-only and Prisma imports, so that the browser tests that write a
// subscriber straight into their database hash the token with this very function.
import { createHash } from "node:crypto";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
