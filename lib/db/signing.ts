// HMAC-SHA256 signatures with SESSION_SECRET for values handed to clients (the voter cookie,
// unsubscribe links). Each use names its purpose, so a value signed for one cannot pass as another.
import { createHmac, timingSafeEqual } from "node:crypto";
import { getEnv } from "./env";

/** Every purpose a value is signed for, named once so that a typo cannot make a new one. */
export const TokenPurpose = {
  /** The anonymous voter id in the dp_voter cookie. */
  voter: "voter",
  /** The subscriber id in a digest's unsubscribe link. */
  unsubscribe: "unsubscribe",
  /**
   * The subscriber id in a digest's preference link. Signed as "frequency", the page it replaced:
   * the links in digests sent before the preference page keep working.
   */
  preferences: "frequency",
} as const;
export type TokenPurpose = (typeof TokenPurpose)[keyof typeof TokenPurpose];

function mac(purpose: TokenPurpose, value: string, secret: string): string {
  return createHmac("sha256", secret).update(`${purpose}\n${value}`).digest("base64url");
}

/** "value.signature"; the value must not contain a dot. */
export function sign(purpose: TokenPurpose, value: string, secret: string = getEnv().SESSION_SECRET): string {
  if (value.includes(".")) throw new Error("A signed value cannot contain a dot.");
  return `${value}.${mac(purpose, value, secret)}`;
}

function verifyingSecrets(): string[] {
  const { SESSION_SECRET, SESSION_SECRET_PREVIOUS } = getEnv();
  return SESSION_SECRET_PREVIOUS ? [SESSION_SECRET, SESSION_SECRET_PREVIOUS] : [SESSION_SECRET];
}

/** The value when the signature is right by one of the secrets; null for anything forged, altered or malformed. */
export function verify(
  purpose: TokenPurpose,
  signed: string | undefined | null,
  secrets: string | string[] = verifyingSecrets(),
): string | null {
  if (!signed) return null;
  const dot = signed.lastIndexOf(".");
  if (dot <= 0) return null;
  const value = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1));
  const matches = (secret: string) => {
    const expected = Buffer.from(mac(purpose, value, secret));
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  return [secrets].flat().some(matches) ? value : null;
}
