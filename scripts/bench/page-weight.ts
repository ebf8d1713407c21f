// Page weight: the JavaScript a browser downloads for a feed page, as sent over the wire
// (gzip-encoded body bytes), measured by loading the page in Chromium.
import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH_OPTIONS } from "../../tests/e2e/chromium";

export interface PageWeight {
  /** Encoded (as transferred) body bytes of every script response. */
  jsBytes: number;
  scripts: number;
  /** Content-Encoding values seen on those responses ("identity" when none). */
  encodings: string[];
}

export async function measurePageWeight(url: string): Promise<PageWeight> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    // gzip, as the goal is stated in gzip bytes (Chromium would otherwise also offer br and zstd).
    const context = await browser.newContext({ extraHTTPHeaders: { "accept-encoding": "gzip" } });
    const page = await context.newPage();
    const sizes: Promise<{ bytes: number; encoding: string }>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() !== "script") return;
      sizes.push(
        (async () => {
          const [{ responseBodySize }, response] = await Promise.all([request.sizes(), request.response()]);
          return { bytes: responseBodySize, encoding: (await response?.headerValue("content-encoding")) ?? "identity" };
        })(),
      );
    });
    const response = await page.goto(url, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`page weight: ${url} answered ${response?.status()}`);
    const scripts = await Promise.all(sizes);
    return {
      jsBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
      scripts: scripts.length,
      encodings: [...new Set(scripts.map((script) => script.encoding))],
    };
  } finally {
    await browser.close();
  }
}
