import { defineConfig } from "@playwright/test";
import { CHROMIUM_LAUNCH_OPTIONS } from "./tests/e2e/chromium";
import { E2E_BASE_URL } from "./tests/e2e/server-config";

const WRITER_SPECS = /\/(submit|hf-client|imported-paper|import-merge)\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  // Attacks at a scale that would disturb the other specs (trending, timings) run after them.
  // Submitting makes today the latest feed day; the other specs expect the seed day there, so the
  // specs that submit run last. The import-merge spec runs with them: the paper it upvotes joins
  // the trending list and today's digest edition, whose pages (visited by other specs) prefetch
  // its old address and cache it as a page before the import merges it into a redirect.
  projects: [
    { name: "app", testIgnore: [/\/alone\//, /\/instances\//, WRITER_SPECS] },
    { name: "alone", testMatch: /\/alone\/.*\.spec\.ts$/, dependencies: ["app"] },
    { name: "submitters", testMatch: WRITER_SPECS, dependencies: ["alone"] },
    // Two more production servers on a scratch PostgreSQL and Redis of their own
    // (tests/e2e/instances/cluster.ts): last, so that the machine's cores are not shared with the
    // other specs' timings.
    { name: "instances", testMatch: /\/instances\/.*\.spec\.ts$/, dependencies: ["submitters"] },
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
    // `next build` alone takes ~2 minutes here; on a busy machine several times that.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
