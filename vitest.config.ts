import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: [
      // After-response work needs a running Next request; see the stand-in for why. First, so that
      // both "@/lib/http/after-response" and relative imports of it are replaced.
      { find: /^.*\/http\/after-response$/, replacement: path.resolve(import.meta.dirname, "tests/setup/after-response.ts") },
      { find: "@", replacement: path.resolve(import.meta.dirname) },
      // `server-only` throws outside Next's server bundle; tests are server code by definition.
      { find: "server-only", replacement: path.resolve(import.meta.dirname, "tests/setup/server-only.ts") },
      // Next's page cache only exists in a running Next server; see the stand-in for why.
      { find: "next/cache", replacement: path.resolve(import.meta.dirname, "tests/setup/next-cache.ts") },
    ],
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/database.ts", "tests/setup/console.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
