import type { LaunchOptions } from "@playwright/test";

// Debian's Chromium: Playwright's own browser download cannot reach its host from here. Shared
// by the browser tests and the bench's page-weight measurement.
export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
