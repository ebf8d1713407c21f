// Sources pointed at the fixture servers, with waits short enough for tests.
import { createArxivSource } from "@/lib/ingest/arxiv";
import { createHfSource } from "@/lib/ingest/hf";
import { createHttpClient, RequestGate, type HttpClientOptions } from "@/lib/ingest/http-client";
import type { PaperSource } from "@/lib/ingest/types";
import { UpstreamError } from "@/lib/ingest/upstream-error";
import { afterAll, beforeEach, expect } from "vitest";
import { startArxivFixture, type ArxivFixture } from "./fixtures/arxiv-server";
import { startHfFixture, type HfFixture } from "./fixtures/hf-server";

export const TEST_USER_AGENT = "DailyPapers/test (+http://localhost; mailto:tests@example.org)";

export function testHttp(upstream: string, options: Partial<HttpClientOptions> = {}) {
  return createHttpClient({
    upstream,
    userAgent: TEST_USER_AGENT,
    timeoutMs: 2_000,
    backoffMs: 20,
    retries: 2,
    ...options,
  });
}

export function hfSourceFor(
  fixture: HfFixture,
  options: { pageSize?: number; http?: Partial<HttpClientOptions> } = {},
): PaperSource {
  return createHfSource({
    endpoint: fixture.url,
    http: testHttp("Hugging Face", options.http),
    pageSize: options.pageSize,
  });
}

export function arxivSourceFor(
  fixture: ArxivFixture,
  options: { pageSize?: number; categories?: string[]; http?: Partial<HttpClientOptions> } = {},
): PaperSource {
  const http = testHttp("arXiv", { gate: new RequestGate(0), ...options.http });
  return createArxivSource({
    apiUrl: fixture.url,
    categories: options.categories ?? ["cs.CL"],
    http,
    pageSize: options.pageSize,
  });
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

/** The UpstreamError that `promise` rejects with; the test fails if it resolves or rejects otherwise. */
export async function upstreamFailure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

/** The message of the "garbage" failure (an answer that is not what the source reads) of `promise`. */
export async function garbageMessage(promise: Promise<unknown>): Promise<string> {
  const error = await upstreamFailure(promise);
  expect(error.kind).toBe("garbage");
  return error.message;
}
