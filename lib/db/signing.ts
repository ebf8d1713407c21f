// HMAC-SHA256 signatures with SESSION_SECRET for values handed to clients (the voter cookie,
// unsubscribe links). Each use names its purpose, so a value signed for one cannot pass as another.
// Signing uses SESSION_SECRET; verifying also accepts SESSION_SECRET_PREVIOUS, so that rotating the
// secret neither logs every voter out nor breaks the links in digests already sent.
import { createHmac, timingSafeEqual } from "node:crypto";
import { getEnv } from "./env";

function mac(purpose: string, value: string, secret: string): string {
  return createHmac("sha256", secret).update(`${purpose}\n${value}`).digest("base64url");
}

/** "value.signature"; the value must not contain a dot. */
export function sign(purpose: string, value: string, secret: string = getEnv().SESSION_SECRET): string {
  if (value.includes(".")) throw new Error("A signed value cannot contain a dot.");
  return `${value}.${mac(purpose, value, secret)}`;
}

function verifyingSecrets(): string[] {
  const { SESSION_SECRET, SESSION_SECRET_PREVIOUS } = getEnv();
  return SESSION_SECRET_PREVIOUS ? [SESSION_SECRET, SESSION_SECRET_PREVIOUS] : [SESSION_SECRET];
}

/** The value when the signature is right by one of the secrets; null for anything forged, altered or malformed. */
export function verify(purpose: string, signed: string | undefined | null, secrets: string | string[] = verifyingSecrets()): string | null {
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
