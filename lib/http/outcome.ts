// What a domain function answers when it can refuse: a value, or a failure a person can read.
// Domain code returns these instead of throwing, so a caller sees every refusal in the type and
// decides what it becomes (an HTTP answer in lib/http/respond.ts, a form message in an action).
// Exceptions stay for what nobody asked for: a bug, a dead database.

export type FailureKind =
  | "invalid"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "unavailable";

export interface Failure {
  kind: FailureKind;
  /** Shown to the person as it is: say what went wrong and what to do. */
  message: string;
  /** For `rate_limited`: the seconds until another try can succeed. */
  retryAfterSeconds?: number;
  /** For `unauthorized`: the scheme the caller must use (a WWW-Authenticate challenge). */
  challenge?: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Failure };

export function ok<T>(value: T): Outcome<T>;
export function ok(): Outcome<void>;
export function ok<T>(value?: T): Outcome<T | undefined> {
  return { ok: true, value };
}

export function fail(
  kind: FailureKind,
  message: string,
  details: Omit<Failure, "kind" | "message"> = {},
): { ok: false; error: Failure } {
  return { ok: false, error: { kind, message, ...details } };
}
