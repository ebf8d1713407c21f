// ESLint (flat config): Next's rules (core web vitals, TypeScript) plus the project's import
// boundaries: components/ never imports app/; lib/ never imports components/ or app/.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".venv-hf/**",
    ".next/**",
    "lib/generated/**",
    "bench/**",
    "var/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./components",
              from: "./app",
              message: "components/ must not import app/: move the code into lib/ or components/.",
            },
            {
              target: "./lib",
              from: "./app",
              message: "lib/ must not import app/: routes call lib/, never the reverse.",
            },
            {
              target: "./lib",
              from: "./components",
              message: "lib/ must not import components/: server code stays free of UI.",
            },
          ],
        },
      ],
    },
  },
]);
