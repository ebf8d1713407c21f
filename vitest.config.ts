import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside Next's server bundle; tests are server code by definition.
      "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"),
      // Next's page cache only exists in a running Next server; see the stand-in for why.
      "next/cache": path.resolve(import.meta.dirname, "tests/setup/next-cache.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/database.ts", "tests/setup/console.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
