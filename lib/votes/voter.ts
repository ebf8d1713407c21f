// Anonymous voters: each browser holds a random voter id in a signed cookie. Only a value this
// server signed counts, so a tampered or made-up cookie is treated as no cookie at all and can
// never vote as somebody else.
import "server-only";
import { randomUUID } from "node:crypto";
import { getEnv } from "../db/env";
import { sign, TokenPurpose, verify } from "../db/signing";
import { VOTER_COOKIE } from "./voter-cookie";

export { VOTER_COOKIE };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export interface Voter {
  id: string;
  /** True when the request carried no valid cookie: the id is fresh and the cookie still to set. */
  isNew: boolean;
}

/** The voter id in a `dp_voter` cookie value, or null when it is missing, forged or altered. */
export function voterIdOf(cookieValue: string | undefined | null): string | null {
  const id = verify(TokenPurpose.voter, cookieValue);
  return id !== null && UUID.test(id) ? id : null;
}

/** The voter named by the cookie, or a new one when there is no valid cookie. */
export function resolveVoter(cookieValue: string | undefined | null): Voter {
  const id = voterIdOf(cookieValue);
  return id ? { id, isNew: false } : { id: randomUUID(), isNew: true };
}

/** The cookie that carries a voter id, in the shape `cookies().set()` takes. */
export function voterCookie(voterId: string) {
  return {
    name: VOTER_COOKIE,
    value: sign(TokenPurpose.voter, voterId),
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    secure: getEnv().APP_URL.startsWith("https:"),
  };
}

/** One cookie's value from a `Cookie` request header; a value that is not valid percent-encoding counts as absent. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq <= 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}
