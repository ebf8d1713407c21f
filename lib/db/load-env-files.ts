// Command-line tools (scripts, the Prisma CLI) read the same .env files that Next.js loads for
// the app, so one .env configures everything. Import it first.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());
