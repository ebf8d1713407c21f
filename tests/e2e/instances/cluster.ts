// Several instances of the app, as a deployment behind a reverse proxy runs them: production
// servers started the way `npm start` starts one (scripts/start.ts: migrations, seed, serve), on one
// database and one scratch Redis, with a loopback stand-in for Hugging Face for their imports.
// Instances start one after the other, as a rolling deploy would: the first migrates and seeds,
// the others find nothing to do. They serve the build that Playwright's web server made.
//
// The database is a scratch PostgreSQL cluster's (tests/support/postgres-cluster.ts), as several
// machines would share; the instances migrate it themselves (the URL's scheme picks the migrations).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";
import { administer } from "@/lib/db/postgres";
import { startHfFixture, type HfFixture } from "../../support/fixtures/hf-server";
import { startScratchCluster, type ScratchCluster } from "../../support/postgres-cluster";
import { startRedis, type ScratchRedis } from "../../support/redis-server";

export const CLUSTER_DIR = path.resolve("var", "e2e-instances");
export const CLUSTER_OUTBOX = path.join(CLUSTER_DIR, "outbox");
export const CLUSTER_CRON_SECRET = "instances-cron-secret-0123456789";

export interface Instance {
  url: string;
  stop(): Promise<void>;
}

export interface Cluster {
  instances: Instance[];
  redis: ScratchRedis;
  hf: HfFixture;
  /** The instances' database. */
  databaseUrl: string;
}

// What has started so far, so that stopCluster() stops it even when a start failed or timed out.
const started: { instances: Instance[]; redis?: ScratchRedis; hf?: HfFixture; postgres?: ScratchCluster } = {
  instances: [],
};

/** Stops every instance, the Redis and the stand-in that startCluster started. */
export async function stopCluster(): Promise<void> {
  const { instances, redis, hf, postgres } = started;
  await Promise.allSettled(instances.splice(0).map((instance) => instance.stop()));
  await Promise.allSettled([redis?.stop(), hf?.close()]);
  postgres?.stop();
  started.redis = started.hf = started.postgres = undefined;
}

/** A port the OS has just said is free. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    process.kill(-child.pid!, "SIGTERM");
  });
}

async function startInstance(env: NodeJS.ProcessEnv, port: number): Promise<Instance> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...env, PORT: String(port) },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const instance = { url, stop: () => stopGroup(child) };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The instance on ${url} exited (${child.exitCode}):\n${output}`);
    const health = await fetch(`${url}/api/health`).catch(() => null);
    if (health?.ok) return instance;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await instance.stop();
  throw new Error(`The instance on ${url} did not become healthy within 120 s:\n${output}`);
}

/**
 * `count` instances on a fresh database; `extraEnv` adds to (or overrides) every instance's
 * environment. Call stopCluster() afterwards, whether this succeeded or not.
 */
export async function startCluster(count: number, extraEnv: Record<string, string> = {}): Promise<Cluster> {
  rmSync(CLUSTER_DIR, { recursive: true, force: true });
  mkdirSync(CLUSTER_DIR, { recursive: true });
  const postgres = (started.postgres = startScratchCluster());
  await administer(postgres.url("postgres"), `CREATE DATABASE "papers"`);
  const databaseUrl = postgres.url("papers");
  const redis = (started.redis = await startRedis());
  const hf = (started.hf = await startHfFixture());
  const ports = await Promise.all(Array.from({ length: count }, freePort));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    DATABASE_URL: databaseUrl,
    // The address readers know: the proxy's, the same for every instance.
    APP_URL: `http://localhost:${ports[0]}`,
    MAIL_OUTBOX: CLUSTER_OUTBOX,
    CRON_SECRET: CLUSTER_CRON_SECRET,
    SESSION_SECRET: "instances-session-secret-0123456789-0123456789",
    REDIS_URL: redis.url,
    HF_ENDPOINT: hf.url,
    IMPORT_SOURCES: "hf",
    IMPORT_TIMEOUT_MS: "5000",
    ...extraEnv,
  };
  delete env.SMTP_URL;
  delete env.TRUSTED_PROXIES;
  for (const port of ports) started.instances.push(await startInstance(env, port));
  return { instances: [...started.instances], redis, hf, databaseUrl };
}
