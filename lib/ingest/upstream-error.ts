// Why a source could not deliver: the run that met it fails with this message and writes nothing.
export type UpstreamFailure =
  /** No connection, DNS failure, connection reset. */
  | "unreachable"
  /** No complete answer within the timeout. */
  | "timeout"
  /** An HTTP error status, after any retries. */
  | "status"
  /** An answer that is not what the source speaks: HTML, truncated or malformed XML or JSON. */
  | "garbage";

export class UpstreamError extends Error {
  constructor(
    message: string,
    readonly kind: UpstreamFailure,
    readonly status?: number,
  ) {
    super(message);
    this.name = "UpstreamError";
  }
}
