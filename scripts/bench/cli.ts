// Runs one of the app's command-line jobs (`npm run digest`, `npm run import`) with `--json` in its
// own process group, streams its progress lines to the log, and parses the JSON report it ends with.
import { spawn } from "node:child_process";
import type { z } from "zod";
import { tsxArgs } from "./servers";

const TIME_LIMIT_MS = 20 * 60_000;

export function runJsonCli<T extends z.ZodType>(
  label: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  report: T,
  log: (line: string) => void,
  /** The checkout whose script runs (the bench's --app-dir). */
  cwd = ".",
): Promise<z.infer<T>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, tsxArgs(script, ["--json", ...args]), { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), TIME_LIMIT_MS);
    let lastLine = "";
    let errors = "";
    let pending = "";
    child.stdout.on("data", (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split("\n");
      pending = lines.pop()!;
      for (const line of lines.filter((text) => text.trim())) {
        lastLine = line;
        log(`${label}| ${line}`);
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-4_000);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (pending.trim()) lastLine = pending;
      if (code !== 0) return reject(new Error(`${label} exited with ${code ?? signal}:\n${errors}`));
      try {
        resolve(report.parse(JSON.parse(lastLine)));
      } catch {
        reject(new Error(`${label}: the last line is not the JSON report: ${lastLine}`));
      }
    });
  });
}
