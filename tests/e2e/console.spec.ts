import { expect, test } from "@playwright/test";
import { PAGE_TYPES, signInBrowser } from "./page-types";
import { E2E_BASE_URL } from "./server-config";

test.describe("nothing in the console", () => {
  for (const pageType of PAGE_TYPES) {
    test(pageType.name, async ({ page }) => {
      if (pageType.member) await signInBrowser(page.context(), pageType.member);
      const path = await pageType.path();
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() !== "error" && message.type() !== "warning") return;
        // Chromium logs a page's own error status too: the 404 page rightly answers 404.
        const ownStatus =
          message.location().url === new URL(path, E2E_BASE_URL).href &&
          message.text().includes(`status of ${pageType.status}`);
        if (!ownStatus) problems.push(`console.${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      // DevTools issues (what Lighthouse's "inspector-issues" counts against best practices): a
      // Content-Security-Policy violation caught by the script that caused it never reaches the
      // console, such as zod's probe for eval in a client bundle.
      const devtools = await page.context().newCDPSession(page);
      devtools.on("Audits.issueAdded", ({ issue }) =>
        problems.push(`issue: ${issue.code} ${JSON.stringify(issue.details)}`),
      );
      await devtools.send("Audits.enable");
      page.on("requestfailed", (request) => {
        // The router prefetches a linked dynamic page (trending) only in part and cancels the
        // rest of the answer itself: a cancel, shown as "(canceled)" in DevTools, not a failure.
        const cancelledPrefetch =
          request.failure()?.errorText === "net::ERR_ABORTED" && request.headers()["next-router-prefetch"] === "1";
        if (!cancelledPrefetch) problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
      });
      page.on("response", (response) => {
        // The page's own status is checked below.
        if (response.status() >= 400 && !response.request().isNavigationRequest())
          problems.push(`${response.status()}: ${response.url()}`);
      });

      const response = await page.goto(path, { waitUntil: "networkidle" });
      expect(response?.status()).toBe(pageType.status);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(pageType.heading);
      expect(problems).toEqual([]);
    });
  }
});
