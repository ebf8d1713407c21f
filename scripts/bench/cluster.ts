// The bench past one machine (issue 15): the same dataset in PostgreSQL, served by several `next
// start` instances sharing it and one Redis, as a deployment behind a reverse proxy runs them. The
// database and the Redis are scratch servers under a temporary folder (the test suite's own,
// tests/support), never the machine's services; the dataset goes in with db:copy's copyDatabase.
// Whatever started is stopped when the measurement ends or fails.
import path from "node:path";
import { administer } from "../../lib/db/postgres";
import { startScratchCluster } from "../../tests/support/postgres-cluster";
import { startRedis } from "../../tests/support/redis-server";
import { copyDatabase } from "../lib/copy-database";
import { runBin } from "../lib/run";
import type { DigestTogetherFigures } from "./digest";
import type { LoadFigures } from "./load";
import type { Maybe } from "./report";
import { appAddress, startApp, stopOnInterrupt, type Server } from "./servers";
import type { VotesFigures } from "./votes";

/** What the instances measured, each figure its own success or failure. */
export interface ClusterFigures {
  instances: number;
  /** Seconds to migrate the PostgreSQL database and copy the dataset into it. */
  copySeconds: number;
  dayPage: Maybe<LoadFigures>;
  votes: Maybe<VotesFigures>;
  digest: Maybe<DigestTogetherFigures>;
}

export interface BenchCluster {
  /** The instances; the first one's address is every instance's APP_URL (the proxy's, to readers). */
  apps: Server[];
  databaseUrl: string;
  redisUrl: string;
}

interface ClusterSetting {
  /** The checkout whose build the instances serve. */
  appDir: string;
  /** The SQLite dataset to copy. */
  source: string;
  instances: number;
  /** The first instance's port; the others follow it. */
  port: number;
  /** The page that must answer before an instance counts as started. */
  readyPath: string;
  /** Where the instances' mail (none is expected) would go. */
  dir: string;
  log: (line: string) => void;
}

export async function withBenchCluster<T>(setting: ClusterSetting, measure: (cluster: BenchCluster, copySeconds: number) => Promise<T>): Promise<T> {
  const { appDir, source, instances, port, readyPath, dir, log } = setting;
  const started: { stop(): unknown }[] = [];
  try {
    const postgres = stopOnInterrupt(startScratchCluster());
    started.push(postgres);
    await administer(postgres.url("postgres"), `CREATE DATABASE "papers"`);
    const databaseUrl = postgres.url("papers");
    const copyStart = performance.now();
    runBin("prisma", ["migrate", "deploy"], { DATABASE_URL: databaseUrl }, "pipe");
    await copyDatabase({ from: `file:${path.resolve(source)}`, to: databaseUrl, log: (line) => log(`copy to PostgreSQL: ${line}`) });
    const copySeconds = (performance.now() - copyStart) / 1000;
    const redis = stopOnInterrupt(await startRedis());
    started.push(redis);
    // Every instance's APP_URL is the first one's: the address readers know (a proxy's), whose
    // Origin each instance accepts for votes.
    const extraEnv = { REDIS_URL: redis.url, APP_URL: appAddress(port), MAIL_OUTBOX: path.resolve(dir, "outbox") };
    // All at once (the database is migrated already); each one that started is stopped below even
    // when another failed to.
    const starts = await Promise.allSettled(
      Array.from({ length: instances }, (_, i) => startApp({ appDir, database: databaseUrl, port: port + i, readyPath, extraEnv })),
    );
    const apps = starts.flatMap((start) => (start.status === "fulfilled" ? [start.value] : []));
    started.push(...apps);
    const failed = starts.find((start) => start.status === "rejected");
    if (failed) throw failed.reason;
    return await measure({ apps, databaseUrl, redisUrl: redis.url }, copySeconds);
  } finally {
    for (const scratch of started.reverse()) {
      try {
        await scratch.stop();
      } catch (error) {
        console.error(`stopping a scratch server failed: ${error instanceof Error ? error.message : error}`);
      }
    }
  }
}
