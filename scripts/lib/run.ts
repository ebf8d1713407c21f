// Runs a project binary (prisma, next) with inherited output, failing loudly when it fails.
import { spawnSync } from "node:child_process";
import path from "node:path";

export function runBin(
  bin: string,
  args: string[],
  extraEnv: Record<string, string> = {},
  stdio: "inherit" | "pipe" = "inherit",
): void {
  const result = spawnSync(path.join("node_modules", ".bin", bin), args, {
    stdio,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
  });
  if (result.status !== 0) {
    const output = stdio === "pipe" ? `:\n${result.stderr}${result.stdout}` : "";
    throw new Error(`${bin} ${args.join(" ")} failed with exit code ${result.status ?? result.signal}${output}`);
  }
}
