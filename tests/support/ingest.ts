// Sources pointed at the fixture servers, with waits short enough for tests.
import { createArxivSource } from "@/lib/ingest/arxiv";
import { createHfSource } from "@/lib/ingest/hf";
import { createHttpClient, RequestGate, type HttpClientOptions } from "@/lib/ingest/http-client";
import type { PaperSource } from "@/lib/ingest/types";
import { afterAll, beforeEach } from "vitest";
import { startArxivFixture, type ArxivFixture } from "./fixtures/arxiv-server";
import { startHfFixture, type HfFixture } from "./fixtures/hf-server";

export const TEST_USER_AGENT = "DailyPapers/test (+http://localhost; mailto:tests@example.org)";

export function testHttp(upstream: string, options: Partial<HttpClientOptions> = {}) {
  return createHttpClient({ upstream, userAgent: TEST_USER_AGENT, timeoutMs: 2_000, backoffMs: 20, retries: 2, ...options });
}

export function hfSourceFor(fixture: HfFixture, options: { pageSize?: number; http?: Partial<HttpClientOptions> } = {}): PaperSource {
  return createHfSource({ endpoint: fixture.url, http: testHttp("Hugging Face", options.http), pageSize: options.pageSize });
}

export function arxivSourceFor(
  fixture: ArxivFixture,
  options: { pageSize?: number; categories?: string[]; http?: Partial<HttpClientOptions> } = {},
): PaperSource {
  const http = testHttp("arXiv", { gate: new RequestGate(0), ...options.http });
  return createArxivSource({ apiUrl: fixture.url, categories: options.categories ?? ["cs.CL"], http, pageSize: options.pageSize });
}

/** Both stand-ins for the whole test file, emptied before each test and stopped after the last. */
export async function startFixtures(): Promise<{ arxiv: ArxivFixture; hf: HfFixture }> {
  const [arxiv, hf] = await Promise.all([startArxivFixture(), startHfFixture()]);
  afterAll(() => Promise.all([arxiv.close(), hf.close()]));
  beforeEach(() => {
    arxiv.records.clear();
    hf.days.clear();
  });
  return { arxiv, hf };
}
