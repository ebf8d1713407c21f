// What a reverse proxy's health check asks: does this instance reach its database, and Redis when
// it is configured? Each part gets a short time to answer, so that a hung dependency makes the
// check fail quickly (and the proxy take the instance out) rather than hang with it.
import { z } from "zod";
import { db } from "../db/client";
import type { PrismaClient } from "../generated/prisma/client";
import { redis, type Redis } from "../redis/client";

const TIMEOUT_MS = 2000;

const part = z.enum(["ok", "unavailable"]);

export const healthSchema = z.object({
  status: part.meta({ description: '"ok" when every part answered.' }),
  database: part,
  redis: z.enum(["ok", "unavailable", "not configured"]),
});

export const unhealthySchema = healthSchema.extend({
  error: z.string().meta({ description: "Which part did not answer, for a person to read." }),
});

export type Health = z.infer<typeof healthSchema>;

/** Whether `probe` settles within the time limit without failing. */
async function answers(probe: () => Promise<unknown>): Promise<"ok" | "unavailable"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return "ok";
  } catch {
    return "unavailable";
  } finally {
    clearTimeout(timer);
  }
}

async function redisState(client: Redis | null): Promise<Health["redis"]> {
  if (!client) return "not configured";
  // Not connected: a PING would wait for the connection; the answer is already known.
  if (!client.isReady) return "unavailable";
  return answers(() => client.ping());
}

/** This process's database and Redis connection, or the ones given. */
export async function checkHealth(database: PrismaClient = db, client: Redis | null = redis()): Promise<Health> {
  const [databasePart, redisPart] = await Promise.all([
    answers(() => database.$queryRaw`SELECT 1`),
    redisState(client),
  ]);
  const healthy = databasePart === "ok" && redisPart !== "unavailable";
  return { status: healthy ? "ok" : "unavailable", database: databasePart, redis: redisPart };
}

/** "The database and Redis do not answer.": the failed parts, in words. */
export function describeFailure(health: Health): string {
  const failed = [
    health.database === "unavailable" && "the database",
    health.redis === "unavailable" && "Redis",
  ].filter(Boolean);
  const parts = failed.join(" and ");
  return `${parts.charAt(0).toUpperCase()}${parts.slice(1)} ${failed.length > 1 ? "do" : "does"} not answer.`;
}
