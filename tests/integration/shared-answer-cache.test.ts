// The answer cache across instances: a drop here is published through Redis, and a drop published
// by another instance empties this one's cache; its own drops it does not act on twice.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cachedAnswer, dropCachedAnswers, DROP_CHANNEL } from "@/lib/papers/answer-cache";
import { closeRedis, connectRedis, type Redis } from "@/lib/redis/client";
import { startRedis, type ScratchRedis } from "../support/redis-server";

let server: ScratchRedis;
let other: Redis;
let otherSubscriber: Redis;

beforeAll(async () => {
  server = await startRedis();
  process.env.REDIS_URL = server.url;
  other = connectRedis(server.url, "other instance");
  otherSubscriber = connectRedis(server.url, "other instance's subscriber");
});

afterAll(async () => {
  await Promise.allSettled([other.destroy(), otherSubscriber.destroy()]);
  await closeRedis();
  await server.stop();
});

describe("answer cache drops through Redis", () => {
  it("drops this instance's answers when another instance publishes a drop", async () => {
    // This process subscribes when it first uses the cache (and drops all once subscribed).
    await cachedAnswer("first use", 60_000, async () => 0);
    await vi.waitFor(async () => expect(await other.pubSubNumSub(DROP_CHANNEL)).toEqual({ [DROP_CHANNEL]: 1 }));
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cachedAnswer("shared", 60_000, compute)).toBe(1);
    expect(await cachedAnswer("shared", 60_000, compute)).toBe(1);
    await other.publish(DROP_CHANNEL, "another-instance");
    await vi.waitFor(async () => expect(await cachedAnswer("shared", 60_000, compute)).toBe(2), { timeout: 1000 });
  });

  it("publishes its own drops for the other instances", async () => {
    const heard: string[] = [];
    await otherSubscriber.subscribe(DROP_CHANNEL, (message) => heard.push(message));
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cachedAnswer("own", 60_000, compute)).toBe(1);
    dropCachedAnswers();
    await vi.waitFor(() => expect(heard).toHaveLength(1), { timeout: 1000 });
    expect(await cachedAnswer("own", 60_000, compute)).toBe(2);
    // Its own message coming back does not drop the answer computed since.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await cachedAnswer("own", 60_000, compute)).toBe(2);
  });

  it("passes on a vote's drop as one: other instances keep their answers from the papers' text", async () => {
    let computed = 0;
    const compute = async () => ++computed;
    const text = () => cachedAnswer("ranking shared", 60_000, compute, { textOnly: true });
    const counts = () => cachedAnswer("page shared", 60_000, compute);
    expect([await text(), await counts()]).toEqual([1, 2]);
    await other.publish(DROP_CHANNEL, "another-instance counts");
    await vi.waitFor(async () => expect(await counts()).toBe(3), { timeout: 1000 });
    expect(await text()).toBe(1);
    await other.publish(DROP_CHANNEL, "another-instance");
    await vi.waitFor(async () => expect(await text()).toBe(4), { timeout: 1000 });
  });
});
