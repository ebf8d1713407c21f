// The processes the bench measures: the production app (`next start`) on a bench database, and
// the bare Node server that gives the limit. Each runs in its own process group, so that the
// load generator (autocannon, in the bench's own process) never shares an event loop with it and
// stopping it stops everything it started.
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync } from "node:fs";
import path from "node:path";
import { dialectOf } from "../../lib/db/dialect";
import { httpRequest } from "./http";

/** Secrets of the bench app; the votes measurement signs its voter cookies with the same one. */
export const BENCH_SESSION_SECRET = "bench-session-secret-0123456789-0123456789";
const BENCH_CRON_SECRET = "bench-cron-secret-0123456789";

export interface Server {
  url: string;
  /** The process (and process group) id of the server. */
  pid: number;
  stop(): Promise<void>;
}

// Everything started and not stopped yet: what stopEverything() stops when the bench is interrupted
// (its servers run in process groups of their own, which a Ctrl-C does not reach).
const running = new Set<{ stop(): unknown }>();

/** Keeps `scratch` in the list stopEverything() stops, until its own stop() has run. */
export function stopOnInterrupt<T extends { stop(): unknown }>(scratch: T): T {
  const tracked = {
    ...scratch,
    stop: () => {
      running.delete(tracked);
      return scratch.stop();
    },
  } as T;
  running.add(tracked);
  return tracked;
}

/** Stops every server still running (on SIGINT or SIGTERM). */
export async function stopEverything(): Promise<void> {
  await Promise.allSettled([...running].map(async (scratch) => scratch.stop()));
}

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The environment of a bench child: the inherited one without mail settings, plus `extra`. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", ...extra };
  if (!("SMTP_URL" in extra)) delete env.SMTP_URL;
  return env;
}

/** Where the app on the SQLite file `database` writes its emails (appEnv). */
export function mailOutbox(database: string): string {
  return path.resolve(path.dirname(database), "outbox");
}

/**
 * The app's environment on `database`, as a production deployment on loopback would have it:
 * `database` is an SQLite file's path (mail with no SMTP_URL goes to a folder beside it) or a
 * PostgreSQL URL (then give MAIL_OUTBOX in the extra environment, or SMTP_URL).
 */
export function appEnv(database: string, appUrl: string): Record<string, string> {
  const secrets = { APP_URL: appUrl, CRON_SECRET: BENCH_CRON_SECRET, SESSION_SECRET: BENCH_SESSION_SECRET };
  if (dialectOf(database) === "postgresql") return { NODE_ENV: "production", DATABASE_URL: database, ...secrets };
  return {
    NODE_ENV: "production",
    DATABASE_URL: `file:${path.resolve(database)}`,
    ...secrets,
    MAIL_OUTBOX: mailOutbox(database),
  };
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    process.kill(-child.pid!, "SIGTERM");
  });
}

/** Spawns `command` and resolves once `readyUrl` answers (any status); rejects with its output otherwise. */
async function startProcess(label: string, command: string, args: string[], env: NodeJS.ProcessEnv, url: string, readyPath: string, cwd?: string): Promise<Server> {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  // BENCH_SERVER_LOG=FILE keeps everything the servers print, to find what a 5xx was.
  const logFile = process.env.BENCH_SERVER_LOG;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
    if (logFile) appendFileSync(logFile, chunk);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let stopping = false;
  child.on("exit", (code, signal) => {
    if (!stopping) console.error(`${label} exited unexpectedly (${code ?? signal}):\n${output}`);
  });
  const server: Server = stopOnInterrupt({
    url,
    pid: child.pid!,
    stop: () => {
      stopping = true;
      return stopGroup(child);
    },
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label} exited with code ${child.exitCode}:\n${output}`);
    try {
      await httpRequest(`${url}${readyPath}`);
      return server;
    } catch {
      await delay(200);
    }
  }
  await server.stop();
  throw new Error(`${label} did not answer on ${url} within 60 s:\n${output}`);
}

/**
 * The host name the app is started with and asked at: "localhost", as the app's own server
 * (scripts/serve.ts) gives it to Next. Under any other name, Next's router takes the proxy's
 * rewrites (every search page, proxy.ts) for another origin's and forwards each over HTTP to
 * itself: a second request per search, which production never makes (docs/decisions/0026-searches-and-votes-apart.md).
 */
const APP_HOST = "localhost";

/** The address of the app started on `port`. */
export const appAddress = (port: number) => `http://${APP_HOST}:${port}`;

/** `next start` of the existing build in `appDir` (a checkout) on `database`; `extraEnv` adds to its environment. */
export function startApp({ appDir, database, port, readyPath, extraEnv = {} }: { appDir: string; database: string; port: number; readyPath: string; extraEnv?: Record<string, string> }): Promise<Server> {
  const url = appAddress(port);
  const next = path.join(appDir, "node_modules", ".bin", "next");
  const env = childEnv({ ...appEnv(database, url), PORT: String(port), ...extraEnv });
  const args = ["start", "--hostname", APP_HOST, "--port", String(port)];
  return startProcess(`next start (${appDir} on ${database})`, next, args, env, url, readyPath, appDir);
}

/** The bare Node server that answers every request with the bytes in `bodyFile`. */
export function startLimitServer(bodyFile: string, contentType: string, port: number): Promise<Server> {
  const script = path.join("scripts", "bench", "limit-server.ts");
  const args = tsxArgs(script, [String(port), bodyFile, contentType]);
  return startProcess("limit server", process.execPath, args, childEnv({}), `http://127.0.0.1:${port}`, "/");
}

/** Node arguments that run a TypeScript script in one process (the tsx CLI would add a second). */
export function tsxArgs(script: string, args: string[]): string[] {
  return ["--import", "tsx", script, ...args];
}
