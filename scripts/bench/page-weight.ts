// Page weight: the JavaScript a browser downloads for a page, as sent over the wire (gzip-encoded
// body bytes), measured by loading the page in Chromium; split into the framework's floor and the
// rest. The floor is the scripts the build lists as `rootMainFiles` (.next/build-manifest.json):
// the Next.js App Router and React runtime that every App Router page loads, even one with no
// client component of ours; everything else a page loads is our client code and what it imports.
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_LAUNCH_OPTIONS } from "../../tests/e2e/chromium";
import type { PageTarget } from "./pages";

export interface PageWeight {
  /** Encoded (as transferred) body bytes of every script response. */
  jsBytes: number;
  /** Of those, the bytes of the framework's floor. */
  floorBytes: number;
  scripts: number;
  /** Content-Encoding values seen on those responses ("identity" when none). */
  encodings: string[];
}

/** The pages weighed: one of each kind that ships its own client code. */
const WEIGHED = ["day", "paper", "trending", "search-model"];

interface Script {
  url: string;
  bytes: number;
  encoding: string;
}

/** The paths (under /_next/) of the framework's scripts, from the build of `appDir`. */
export function floorScripts(appDir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(appDir, ".next", "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  if (!manifest.rootMainFiles?.length) throw new Error("JavaScript: the build manifest lists no rootMainFiles");
  return new Set(manifest.rootMainFiles.map((file) => `/_next/${file}`));
}

async function scriptsOf(browser: Browser, url: string): Promise<Script[]> {
  // gzip, as the goal is stated in gzip bytes (Chromium would otherwise also offer br and zstd).
  const context = await browser.newContext({ extraHTTPHeaders: { "accept-encoding": "gzip" } });
  try {
    const page = await context.newPage();
    const sizes: Promise<Script>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() !== "script") return;
      sizes.push(
        (async () => {
          const [{ responseBodySize }, response] = await Promise.all([request.sizes(), request.response()]);
          return { url: request.url(), bytes: responseBodySize, encoding: (await response?.headerValue("content-encoding")) ?? "identity" };
        })(),
      );
    });
    const response = await page.goto(url, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`JavaScript: ${url} answered ${response?.status()}`);
    return await Promise.all(sizes);
  } finally {
    await context.close();
  }
}

export async function measureJavaScript(appUrl: string, pages: PageTarget[], appDir: string): Promise<Record<string, PageWeight>> {
  const floor = floorScripts(appDir);
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const weights: Record<string, PageWeight> = {};
    for (const page of pages.filter((target) => WEIGHED.includes(target.key))) {
      const scripts = await scriptsOf(browser, appUrl + page.path);
      const sum = (list: Script[]) => list.reduce((total, script) => total + script.bytes, 0);
      weights[page.key] = {
        jsBytes: sum(scripts),
        floorBytes: sum(scripts.filter((script) => floor.has(new URL(script.url).pathname))),
        scripts: scripts.length,
        encodings: [...new Set(scripts.map((script) => script.encoding))],
      };
    }
    return weights;
  } finally {
    await browser.close();
  }
}
