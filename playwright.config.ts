import { defineConfig } from "@playwright/test";
import { CHROMIUM_LAUNCH_OPTIONS } from "./tests/e2e/chromium";
import { E2E_BASE_URL } from "./tests/e2e/server-config";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  projects: [
    { name: "app", testIgnore: /\/alone\// },
    // Attacks at a scale that would disturb the other specs (trending, timings) run after them.
    { name: "alone", testMatch: /\/alone\/.*\.spec\.ts$/, dependencies: ["app"] },
  ],
  use: {
    baseURL: E2E_BASE_URL,
    browserName: "chromium",
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
    trace: "retain-on-failure",
  },
  webServer: {
    // Builds the app and serves it as `npm start` does, on a fresh, migrated and seeded database.
    command: "tsx scripts/e2e-server.ts",
    url: `${E2E_BASE_URL}/papers`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
