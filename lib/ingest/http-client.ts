// Fetching from upstream services politely: every request names the app and a contact address,
// has a timeout, and is retried with exponential backoff on 429, 5xx and network failures,
// waiting at least as long as the upstream's Retry-After asks. A request gate spaces requests
// (arXiv asks for one every 3 seconds over one connection) by running them one at a time.
import { UpstreamError } from "./upstream-error";

export interface HttpClientOptions {
  /** The upstream's name in error messages ("arXiv", "Hugging Face"). */
  upstream: string;
  userAgent: string;
  timeoutMs: number;
  /** Attempts after the first one. */
  retries?: number;
  /** The first backoff; each retry doubles it. */
  backoffMs?: number;
  /** The longest wait between attempts; a Retry-After beyond it ends the run instead. */
  maxWaitMs?: number;
  gate?: RequestGate;
}

export interface HttpAnswer {
  url: string;
  contentType: string;
  body: string;
}

export interface HttpClient {
  getText(url: string, accept: string): Promise<HttpAnswer>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs tasks one after another, starting each at least `intervalMs` after the previous one
 * finished, so the upstream sees that gap however slow the network is. One gate per upstream per
 * process: concurrent imports in one process share it.
 */
export class RequestGate {
  private tail: Promise<unknown> = Promise.resolve();
  private lastEnd = 0;

  constructor(private readonly intervalMs: number) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(async () => {
      const wait = this.lastEnd + this.intervalMs - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        return await task();
      } finally {
        this.lastEnd = Date.now();
      }
    });
    // A failed task must not stop the ones queued after it.
    this.tail = next.catch(() => undefined);
    return next;
  }
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const RETRYABLE = (status: number) => status === 429 || status >= 500;

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { upstream, userAgent, timeoutMs, retries = 3, backoffMs = 1000, maxWaitMs = 60_000, gate } = options;

  async function attempt(url: string, accept: string): Promise<HttpAnswer | { retryAfterMs: number | null; failure: UpstreamError }> {
    let response: Response;
    let body: string;
    try {
      // The timeout covers the whole answer, body included: a server that stalls mid-body is as stuck as one that never answers.
      const signal = AbortSignal.timeout(timeoutMs);
      response = await fetch(url, { headers: { "user-agent": userAgent, accept }, signal, redirect: "follow" });
      body = await response.text();
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === "TimeoutError";
      const message = timedOut
        ? `${upstream} did not answer within ${timeoutMs / 1000} s`
        : `${upstream} could not be reached (${error instanceof Error ? error.message : String(error)})`;
      return { retryAfterMs: null, failure: new UpstreamError(message, timedOut ? "timeout" : "unreachable") };
    }
    if (response.ok) return { url, contentType: response.headers.get("content-type") ?? "", body };
    const failure = new UpstreamError(`${upstream} answered HTTP ${response.status} for ${url}`, "status", response.status);
    if (!RETRYABLE(response.status)) throw failure;
    return { retryAfterMs: parseRetryAfter(response.headers.get("retry-after")), failure };
  }

  return {
    async getText(url, accept) {
      for (let tried = 0; ; tried += 1) {
        const outcome = await (gate ? gate.run(() => attempt(url, accept)) : attempt(url, accept));
        if ("body" in outcome) return outcome;
        if (tried >= retries) {
          throw new UpstreamError(`${outcome.failure.message} (gave up after ${tried + 1} attempts)`, outcome.failure.kind, outcome.failure.status);
        }
        const backoff = backoffMs * 2 ** tried;
        if (outcome.retryAfterMs !== null && outcome.retryAfterMs > maxWaitMs) {
          // Asking again sooner than the upstream said would be rude; waiting longer would stall the run.
          throw new UpstreamError(
            `${outcome.failure.message} and asks to wait ${Math.ceil(outcome.retryAfterMs / 1000)} s, longer than the ${maxWaitMs / 1000} s this run waits`,
            outcome.failure.kind,
            outcome.failure.status,
          );
        }
        await sleep(Math.min(maxWaitMs, Math.max(backoff, outcome.retryAfterMs ?? 0)));
      }
    },
  };
}
