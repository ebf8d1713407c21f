// A scratch Redis for tests: Debian's redis-server on a loopback port of its own, keeping nothing
// on disk, stopped by the test. Never the machine's Redis service. Ports come from
// SCRATCH_REDIS_PORTS ("first-last"), so that checkouts running tests at once stay apart.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export interface ScratchRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

function portRange(): [number, number] {
  const [first, last] = (process.env.SCRATCH_REDIS_PORTS ?? "56400-56449").split("-").map(Number);
  return [first, last ?? first];
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitUntilAnswering(port: number, child: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) return false;
    if (await answers(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** Starts redis-server on the first free port of the range. */
export async function startRedis(): Promise<ScratchRedis> {
  const [first, last] = portRange();
  // A random start spreads parallel test files over the range.
  const span = last - first + 1;
  const offset = Math.floor(Math.random() * span);
  for (let index = 0; index < span; index++) {
    const port = first + ((offset + index) % span);
    if (!(await isFree(port))) continue;
    const dir = mkdtempSync(path.join(tmpdir(), "scratch-redis-"));
    const child = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
      { stdio: "ignore" },
    );
    if (await waitUntilAnswering(port, child)) {
      return {
        url: `redis://127.0.0.1:${port}`,
        port,
        async stop() {
          await stopChild(child);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    // Another process took the port between the probe and the start: try the next one.
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error(`No free port for a scratch Redis in ${first}-${last} (is redis-server installed?)`);
}
