// A reader's preferences as the database keeps them, and when their next digest is due.
import { db } from "../db/client";
import { DeliveryStatus, SubscriberStatus } from "../generated/prisma/enums";
import { nextDue } from "../digest/local-time";
import { readList, readTopics, type Preferences } from "./preferences";

export interface ReaderSettings {
  email: string;
  status: SubscriberStatus;
  preferences: Preferences;
}

export async function readerSettings(subscriberId: string): Promise<ReaderSettings | null> {
  const row = await db.subscriber.findUnique({
    where: { id: subscriberId },
    select: {
      email: true,
      status: true,
      frequency: true,
      digestSize: true,
      topics: true,
      mutes: true,
      timeZone: true,
      sendHour: true,
      pausedUntil: true,
      neverRepeat: true,
    },
  });
  if (!row) return null;
  const { email, status, topics, mutes, ...rest } = row;
  return { email, status, preferences: { ...rest, topics: readTopics(topics), mutes: readList(mutes) } };
}

/** Only an active subscription changes; it does not bring back an unsubscribed or suspended address. */
export async function savePreferences(subscriberId: string, preferences: Preferences): Promise<boolean> {
  const { topics, mutes, ...rest } = preferences;
  const saved = await db.subscriber.updateMany({
    where: { id: subscriberId, status: SubscriberStatus.active },
    data: { ...rest, topics: { ...topics }, mutes },
  });
  return saved.count === 1;
}

// Periods whose delivery is over: a run will not send them again.
const DONE = [DeliveryStatus.sent, DeliveryStatus.bounced, DeliveryStatus.abandoned, DeliveryStatus.empty];

/** The hourly run that will next send this reader a digest, as preferences stand; null when none is in sight. */
export async function nextDigestAt(
  subscriberId: string,
  preferences: Preferences,
  now = new Date(),
): Promise<Date | null> {
  // The latest two cover the current period of either frequency.
  const recent = await db.delivery.findMany({
    where: { subscriberId, status: { in: DONE } },
    orderBy: { id: "desc" },
    take: 2,
    select: { period: true },
  });
  return nextDue(preferences, now, new Set(recent.map((delivery) => delivery.period)));
}
