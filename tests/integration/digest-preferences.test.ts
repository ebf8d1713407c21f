// Each reader's digest against the loopback SMTP server: the period's trending candidates filtered
// and ranked by the reader's preferences, sent when the reader's local hour has come, once per
// local day or ISO week, never a paper twice for those who ask, nothing while paused, and nothing
// (recorded as such) when the filters leave no paper. The run's clock is its `now` parameter.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { SENT_PAPERS_KEPT_DAYS } from "@/lib/digest/deliveries";
import { runDigest } from "@/lib/digest/run";
import { preferencesForm, toPreferences } from "@/lib/subscriptions/preferences";
import { nextDigestAt, readerSettings, savePreferences } from "@/lib/subscriptions/preference-store";
import { createPaper, createSubscriber } from "../factories";
import type { ReceivedMail } from "../support/smtp-server";

const smtp = await vi.hoisted(async () => (await import("../support/smtp-server")).useSmtpServer());

const APP = "http://localhost:3000";

/** The ids of the papers a digest email links to, in order. */
function paperIds(mail: ReceivedMail): string[] {
  return [...(mail.parsed.html as string).matchAll(new RegExp(`href="${APP}/papers/([^"/]+)"`, "g"))].map((match) =>
    decodeURIComponent(match[1]),
  );
}

function mailsTo(address: string): ReceivedMail[] {
  return smtp.received.filter((mail) => mail.to[0] === address);
}

describe("each reader's digest", () => {
  it("keeps only the papers that follow the reader's topics, those that follow more first, and drops muted ones", async () => {
    const day = "2026-07-06";
    await createPaper({ id: "p-diffusion", title: "Diffusion for video", feedDate: day, upvotes: 9 });
    await createPaper({
      id: "p-both",
      title: "Faster diffusion sampling",
      feedDate: day,
      upvotes: 2,
      categories: ["cs.CV"],
    });
    await createPaper({ id: "p-speech", title: "Speech recognition at scale", feedDate: day, upvotes: 8 });
    await createPaper({
      id: "p-muted",
      title: "Diffusion for speech",
      abstract: "A benchmark of tokenizers.",
      feedDate: day,
      upvotes: 7,
    });
    await createPaper({
      id: "p-org",
      title: "A lab's model",
      feedDate: day,
      upvotes: 1,
      organization: { slug: "kaist-ai", name: "KAIST AI" },
    });
    await createSubscriber({ email: "all@example.com" });
    await createSubscriber({
      email: "topics@example.com",
      topics: { keywords: ["diffusion"], categories: ["cs.cv"], organizations: ["KAIST AI"], authors: [] },
      mutes: ["benchmark"],
    });
    await createSubscriber({ email: "short@example.com", digestSize: 5, mutes: ["speech"] });

    expect(await runDigest({ now: new Date(`${day}T08:00:00Z`) })).toMatchObject({ sent: 3, empty: 0 });
    expect(paperIds(mailsTo("all@example.com")[0])).toEqual(["p-diffusion", "p-speech", "p-muted", "p-both", "p-org"]);
    // Two topics (the keyword and the category) before one; a paper the mute finds is gone.
    expect(paperIds(mailsTo("topics@example.com")[0])).toEqual(["p-both", "p-diffusion", "p-org"]);
    expect(paperIds(mailsTo("short@example.com")[0])).toEqual(["p-diffusion", "p-both", "p-org"]);
    // The archive keeps the unfiltered edition.
    const edition = await db.digestEdition.findUniqueOrThrow({
      where: { kind_period: { kind: "daily", period: day } },
    });
    expect((edition.papers as { id: string }[]).map((paper) => paper.id)).toEqual(
      paperIds(mailsTo("all@example.com")[0]),
    );
  });

  it("never sends a paper twice to a reader who asks so, and does to one who does not mind", async () => {
    await createPaper({ id: "p-old", title: "Yesterday's hit", feedDate: "2026-07-07", upvotes: 50 });
    await createPaper({ id: "p-new", title: "Today's paper", feedDate: "2026-07-08", upvotes: 1 });
    await createSubscriber({ email: "once@example.com" });
    await createSubscriber({ email: "again@example.com", neverRepeat: false });

    await runDigest({ now: new Date("2026-07-07T08:00:00Z") });
    expect(paperIds(mailsTo("once@example.com")[0])).toEqual(["p-old"]);
    expect(await db.sentPaper.count({ where: { subscriber: { email: "once@example.com" } } })).toBe(1);

    // p-old is still trending the next day (upvoted within the day's window).
    await db.upvote.create({
      data: { paperId: "p-old", voterId: "late", createdAt: new Date("2026-07-08T06:00:00Z") },
    });
    await runDigest({ now: new Date("2026-07-08T08:00:00Z") });
    expect(paperIds(mailsTo("once@example.com")[1])).toEqual(["p-new"]);
    expect(paperIds(mailsTo("again@example.com")[1])).toEqual(["p-old", "p-new"]);
  });

  it("forgets the papers sent more than SENT_PAPERS_KEPT_DAYS before the run, and sends such a paper again", async () => {
    const now = new Date("2026-07-20T08:00:00Z");
    const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3_600_000);
    await createPaper({ id: "p-back", title: "Trending again", feedDate: "2026-07-20", upvotes: 5 });
    await createPaper({ id: "p-recent", title: "Sent last month", feedDate: "2026-07-20", upvotes: 4 });
    const reader = await createSubscriber({ email: "memory@example.com" });
    const other = await createSubscriber({ email: "other@example.com", frequency: "weekly", sendHour: 23 });
    await db.sentPaper.createMany({
      data: [
        { subscriberId: reader.id, paperId: "p-back", sentAt: daysAgo(SENT_PAPERS_KEPT_DAYS + 1) },
        { subscriberId: reader.id, paperId: "p-recent", sentAt: daysAgo(SENT_PAPERS_KEPT_DAYS - 1) },
        { subscriberId: other.id, paperId: "p-gone", sentAt: daysAgo(SENT_PAPERS_KEPT_DAYS + 30) },
      ],
    });

    await runDigest({ now });
    // The paper sent past the window is sent again; the one within it is still never repeated.
    expect(paperIds(mailsTo("memory@example.com")[0])).toEqual(["p-back"]);
    const kept = await db.sentPaper.findMany({
      where: { subscriberId: { in: [reader.id, other.id] } },
      orderBy: { paperId: "asc" },
      select: { subscriberId: true, paperId: true },
    });
    // Rows of readers the run does not send to are pruned as well.
    expect(kept).toEqual([
      { subscriberId: reader.id, paperId: "p-back" },
      { subscriberId: reader.id, paperId: "p-recent" },
    ]);
  });

  it("sends a reader in UTC+9 at 07:00 local, which is 22:00 UTC the day before, once across hourly runs", async () => {
    await createPaper({ id: "p-tokyo", feedDate: "2026-07-09", upvotes: 3 });
    await createSubscriber({ email: "tokyo@example.com", timeZone: "Asia/Tokyo", sendHour: 7 });
    // Gets the one paper again on the second day, for the test to see each send.
    await createSubscriber({ email: "utc@example.com", sendHour: 7, neverRepeat: false });

    const sentAt = new Map<string, string[]>();
    // A day of hourly runs, from 18:00 UTC on the 9th to 17:00 UTC on the 10th.
    for (let hour = 0; hour < 24; hour += 1) {
      const now = new Date(Date.parse("2026-07-09T18:00:00Z") + hour * 3_600_000);
      const before = smtp.received.length;
      await runDigest({ now });
      for (const mail of smtp.received.slice(before))
        sentAt.set(mail.to[0], [...(sentAt.get(mail.to[0]) ?? []), now.toISOString()]);
    }
    // 22:00 UTC on the 9th is 07:00 on the 10th in Tokyo.
    expect(sentAt.get("tokyo@example.com")).toEqual(["2026-07-09T22:00:00.000Z"]);
    expect(mailsTo("tokyo@example.com")[0].parsed.subject).toBe("Trending papers · Jul 10, 2026");
    // The UTC reader of the same runs: the 9th at the first run (past 07:00 already), the 10th at 07:00.
    expect(sentAt.get("utc@example.com")).toEqual(["2026-07-09T18:00:00.000Z", "2026-07-10T07:00:00.000Z"]);
    expect(mailsTo("utc@example.com").map((mail) => mail.parsed.subject)).toEqual([
      "Trending papers · Jul 9, 2026",
      "Trending papers · Jul 10, 2026",
    ]);
  });

  it("sends a paused reader nothing until the day the pause ends", async () => {
    await createPaper({ id: "p-pause", feedDate: "2026-07-12", upvotes: 3 });
    await createSubscriber({ email: "paused@example.com", pausedUntil: "2026-07-14" });
    for (const day of ["2026-07-12", "2026-07-13", "2026-07-14"]) {
      await db.upvote.create({
        data: { paperId: "p-pause", voterId: `v-${day}`, createdAt: new Date(`${day}T01:00:00Z`) },
      });
      await runDigest({ now: new Date(`${day}T09:00:00Z`) });
    }
    expect(mailsTo("paused@example.com").map((mail) => mail.parsed.subject)).toEqual([
      "Trending papers · Jul 14, 2026",
    ]);
  });

  it("sends nothing to a reader whose filters leave no paper, records it, and does not try again that day", async () => {
    await createPaper({ id: "p-only", title: "Graph networks", feedDate: "2026-07-15", upvotes: 3 });
    const reader = await createSubscriber({
      email: "narrow@example.com",
      topics: { keywords: ["astrophysics"], categories: [], organizations: [], authors: [] },
    });
    const now = new Date("2026-07-15T08:00:00Z");
    expect(await runDigest({ now })).toMatchObject({ sent: 0, empty: 1 });
    expect(mailsTo("narrow@example.com")).toHaveLength(0);
    expect(await db.delivery.findFirstOrThrow({ where: { subscriberId: reader.id } })).toMatchObject({
      period: "daily:2026-07-15",
      status: "empty",
    });
    expect((await db.digestRun.findFirstOrThrow({ orderBy: { id: "desc" } })).empty).toBe(1);
    expect(await runDigest({ now: new Date("2026-07-15T09:00:00Z") })).toMatchObject({ sent: 0, empty: 0, skipped: 1 });
  });
});

describe("the preference form", () => {
  const valid = {
    frequency: "weekly",
    digestSize: "20",
    keywords: 'diffusion\n\n  "speculative decoding"  \ndiffusion',
    categories: "cs.LG\nhep-th",
    organizations: "KAIST AI",
    authors: "",
    mutes: "benchmark",
    timeZone: "asia/tokyo",
    sendHour: "6",
    pausedUntil: "",
    neverRepeat: "on",
  };

  it("reads one entry a line, checks the time zone with Intl, saves, and says when the next digest is due", async () => {
    const reader = await createSubscriber({ email: "prefs@example.com" });
    const parsed = preferencesForm.parse(valid);
    expect(await savePreferences(reader.id, toPreferences(parsed))).toBe(true);
    const { preferences } = (await readerSettings(reader.id))!;
    expect(preferences).toEqual({
      frequency: "weekly",
      digestSize: 20,
      topics: {
        keywords: ["diffusion", '"speculative decoding"'],
        categories: ["cs.LG", "hep-th"],
        organizations: ["KAIST AI"],
        authors: [],
      },
      mutes: ["benchmark"],
      timeZone: "Asia/Tokyo",
      sendHour: 6,
      pausedUntil: null,
      neverRepeat: true,
    });
    // A Wednesday at noon UTC: the week's digest is due at the next hourly run (21:00 in Tokyo is past 06:00).
    expect(await nextDigestAt(reader.id, preferences, new Date("2026-07-15T12:00:00Z"))).toEqual(
      new Date("2026-07-15T13:00:00Z"),
    );
    // This week's is done (empty here: the one paper follows no topic): next Monday 06:00 in Tokyo, Sunday 21:00 UTC.
    await createPaper({ feedDate: "2026-07-15", upvotes: 1, title: "Not about any topic" });
    expect(await runDigest({ now: new Date("2026-07-15T13:00:00Z") })).toMatchObject({ empty: 1 });
    expect(await nextDigestAt(reader.id, preferences, new Date("2026-07-15T14:00:00Z"))).toEqual(
      new Date("2026-07-19T21:00:00Z"),
    );
  });

  it("names each field's mistake and saves nothing", async () => {
    const result = preferencesForm.safeParse({
      ...valid,
      frequency: "monthly",
      digestSize: "7",
      categories: "not a category",
      mutes: "\u0000",
      timeZone: "Mars/Olympus_Mons",
      sendHour: "24",
      pausedUntil: "2026-02-30",
      keywords: Array.from({ length: 21 }, (_, i) => `word${i}`).join("\n"),
    });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((issue) => issue.path[0]));
    expect([...fields].sort()).toEqual(
      ["categories", "digestSize", "frequency", "keywords", "mutes", "pausedUntil", "sendHour", "timeZone"].sort(),
    );
    const message = (field: string) => result.error!.issues.find((issue) => issue.path[0] === field)!.message;
    expect(message("timeZone")).toMatch(/is not a time zone/);
    expect(message("keywords")).toMatch(/at most 20 keywords/);
  });

  it("changes nothing for an address that is not active", async () => {
    const reader = await createSubscriber({ email: "gone@example.com", status: "unsubscribed" });
    expect(await savePreferences(reader.id, toPreferences(preferencesForm.parse(valid)))).toBe(false);
    expect((await readerSettings(reader.id))!.preferences.digestSize).toBe(10);
  });
});
