import { defineConfig } from "@playwright/test";
import { E2E_BASE_URL } from "./tests/e2e/server-config";

// Debian's Chromium: Playwright's own browser download cannot reach its host from here.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: E2E_BASE_URL,
    browserName: "chromium",
    launchOptions: { executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
  },
  webServer: {
    // Builds the app and serves it with `next start` on a fresh, migrated and seeded database.
    command: "tsx scripts/e2e-server.ts",
    url: `${E2E_BASE_URL}/papers`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
