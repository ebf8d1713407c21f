// The sources as the environment configures them. One request gate per upstream per process, so
// that the cron route, a submission and a manual import running at once still space their arXiv
// requests as arXiv asks.
import { getEnv } from "../db/env";
import { createArxivSource } from "./arxiv";
import { createHfSource } from "./hf";
import { createHttpClient, RequestGate, type HttpClientOptions } from "./http-client";
import type { PaperSource, SourceName } from "./types";

let arxivGate: RequestGate | undefined;

/** "DailyPapers/0.1 (+https://papers.example.org; mailto:team@example.org)": who is asking and how to reach them. */
export function importUserAgent(): string {
  const { APP_URL, IMPORT_CONTACT_EMAIL } = getEnv();
  return `DailyPapers/0.1 (+${APP_URL}; mailto:${IMPORT_CONTACT_EMAIL})`;
}

/** `patience`: a submission, with a person waiting, gives up sooner than an import. */
export function arxivSource(patience: Partial<Pick<HttpClientOptions, "timeoutMs" | "retries" | "maxWaitMs">> = {}): PaperSource {
  const env = getEnv();
  arxivGate ??= new RequestGate(env.ARXIV_REQUEST_INTERVAL_MS);
  const http = createHttpClient({ upstream: "arXiv", userAgent: importUserAgent(), timeoutMs: env.IMPORT_TIMEOUT_MS, gate: arxivGate, ...patience });
  return createArxivSource({ apiUrl: env.ARXIV_API_URL, categories: env.ARXIV_CATEGORIES, http });
}

export function hfSource(): PaperSource {
  const env = getEnv();
  const http = createHttpClient({ upstream: "Hugging Face", userAgent: importUserAgent(), timeoutMs: env.IMPORT_TIMEOUT_MS });
  return createHfSource({ endpoint: env.HF_ENDPOINT, http });
}

export function sourceNamed(name: SourceName): PaperSource {
  return name === "hf" ? hfSource() : arxivSource();
}

/** The sources of IMPORT_SOURCES, in the order given. */
export function configuredSources(): PaperSource[] {
  return getEnv().IMPORT_SOURCES.map(sourceNamed);
}
