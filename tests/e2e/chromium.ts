import type { LaunchOptions } from "@playwright/test";

// Debian's Chromium: Playwright's own browser download cannot reach its host from here. Shared
// by the browser tests and the bench (page weight, Lighthouse).
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS };
