// Runs one of the app's command-line jobs (`npm run digest`, `npm run import`) with `--json` in its
// own process group, streams its progress lines to the log, and parses the JSON report it ends with.
// Its peak memory is measured from outside (the report's own figure is the job's say), so that
// the same measurement holds for an older checkout's job.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { watchGroupPeak } from "../lib/process-memory";
import { tsxArgs } from "./servers";

const TIME_LIMIT_MS = 20 * 60_000;

/**
 * The Node arguments that run `script` of the checkout `appDir` as its npm script does: the bundle
 * scripts/build-cli.mjs makes (built now, as the npm script builds it before each run), or the
 * TypeScript under tsx in an older checkout that has no such build.
 */
export function bundledCliArgs(appDir: string, script: string): string[] {
  const builder = path.join("scripts", "build-cli.mjs");
  if (!existsSync(path.join(appDir, builder))) return tsxArgs(script, []);
  execFileSync(process.execPath, [builder, script], { cwd: appDir, stdio: ["ignore", "inherit", "inherit"] });
  return [path.join("var", "cli", `${path.basename(script, ".ts")}.mjs`)];
}

export function runJsonCli<T extends z.ZodType>(
  label: string,
  /** What `node` runs: a script and the arguments before the job's own (tsx's, or none). */
  nodeArgs: string[],
  args: string[],
  env: NodeJS.ProcessEnv,
  report: T,
  log: (line: string) => void,
  /** The checkout whose script runs (the bench's --app-dir). */
  cwd = ".",
): Promise<z.infer<T> & { peakRssBytes: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, "--json", ...args], { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const memory = watchGroupPeak(child.pid!);
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
      const peakRssBytes = memory.stop();
      if (pending.trim()) lastLine = pending;
      if (code !== 0) return reject(new Error(`${label} exited with ${code ?? signal}:\n${errors}`));
      try {
        resolve(Object.assign(report.parse(JSON.parse(lastLine)) as object, { peakRssBytes }) as z.infer<T> & { peakRssBytes: number });
      } catch {
        reject(new Error(`${label}: the last line is not the JSON report: ${lastLine}`));
      }
    });
  });
}
