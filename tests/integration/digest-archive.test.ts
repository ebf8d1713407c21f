// The public archive: the edition each run sends is stored once per period, the digest links to it,
// later runs of the period send that same list, and the archive's feeds list it.
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it, vi } from "vitest";
import { GET as atom } from "@/app/digests/atom.xml/route";
import { GET as rss } from "@/app/digests/feed.xml/route";
import { db } from "@/lib/db/client";
import { findEdition, listEditions } from "@/lib/digest/editions";
import { today, weekKey } from "@/lib/papers/dates";
import { createPaper, createSubscribers } from "../factories";
import { revalidatedPaths } from "../setup/next-cache";
import { cron } from "../support/digest";

const smtp = await vi.hoisted(async () => (await import("../support/smtp-server")).useSmtpServer());

const APP = "http://localhost:3000";
const LISTS = new Set(["rss.channel.item", "feed.entry", "feed.entry.link"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (_name, path) => LISTS.has(String(path)),
});

async function feed(handler: typeof rss, path: string) {
  const response = await handler(new Request(`${APP}${path}`), undefined);
  return { response, body: await response.text() };
}

describe("the digest archive", () => {
  it("stores each period's edition once, links every email to it, and resends that same list later in the period", async () => {
    const day = today();
    await createPaper({ id: "2606.00001", title: "First <b>bold</b> & paper", feedDate: day, upvotes: 5 });
    await createPaper({ id: "2606.00002", title: "Second paper", feedDate: day, upvotes: 3 });
    await createSubscribers([{ email: "daily@example.com" }, { email: "weekly@example.com", frequency: "weekly" }]);
    const start = smtp.received.length;

    revalidatedPaths.length = 0;
    expect((await cron()).body).toMatchObject({ sent: 2, failed: 0 });
    // The cached archive pages show the new editions on their next request.
    expect(revalidatedPaths).toEqual(["/digests (layout)"]);
    const daily = await findEdition("daily", day);
    expect(daily).toMatchObject({ kind: "daily", period: day, label: expect.any(String) });
    expect(daily!.papers.map((paper) => paper.id)).toEqual(["2606.00001", "2606.00002"]);
    expect(daily!.papers[0]).toMatchObject({ title: "First <b>bold</b> & paper", upvotes: 5, credit: "3 authors" });
    expect(await findEdition("weekly", weekKey(day))).not.toBeNull();
    const runs = await db.digestRun.findMany({ orderBy: { id: "asc" }, include: { edition: true } });
    expect(runs.map((run) => run.edition?.period)).toEqual([day, weekKey(day)]);

    const mails = smtp.received.slice(start);
    const byAddress = (address: string) => mails.find((mail) => mail.to[0] === address)!;
    expect(byAddress("daily@example.com").parsed.html).toContain(`href="${APP}/digests/daily/${day}"`);
    expect(byAddress("daily@example.com").parsed.text).toMatch(
      new RegExp(`View in the browser ${APP}/digests/daily/${day}\\b`),
    );
    expect(byAddress("weekly@example.com").parsed.html).toContain(`href="${APP}/digests/weekly/${weekKey(day)}"`);

    // A paper that rises later in the day changes neither the edition nor what the period's later sends carry.
    await createPaper({ id: "2606.00003", title: "Late riser", feedDate: day, upvotes: 50 });
    await createSubscribers([{ email: "late@example.com" }]);
    expect((await cron()).body).toMatchObject({ sent: 1, skipped: 2 });
    const late = smtp.received.find((mail) => mail.to[0] === "late@example.com")!;
    expect(late.parsed.html).not.toContain("Late riser");
    expect((await findEdition("daily", day))!.papers.map((paper) => paper.id)).toEqual(["2606.00001", "2606.00002"]);
    expect(await db.digestEdition.count()).toBe(2);
  });

  it("stores nothing for a period with no papers, and finds no edition at a malformed or unsent address", async () => {
    await createSubscribers([{ email: "quiet@example.com" }]);
    await cron();
    expect(await listEditions()).toEqual([]);
    expect(await findEdition("daily", "2026-02-30")).toBeNull();
    expect(await findEdition("weekly", "2026-W54")).toBeNull();
    expect(await findEdition("weekly", "2026-06-23")).toBeNull();
    expect(await findEdition("daily", "2020-01-01")).toBeNull();
    expect(await findEdition("monthly", "2026-06")).toBeNull();
    expect(await findEdition("__proto__", "2026-06-23")).toBeNull();
  });

  it("the RSS and Atom feeds list the editions, newest first, with their papers escaped", async () => {
    const papers = [
      { id: "2606.00001", title: 'A <script>alert("x")</script> & title', credit: null, upvotes: 4, snippet: "…" },
      { id: "2606.00002", title: "Plain", credit: "KAIST AI", upvotes: 1, snippet: "…" },
    ];
    await db.digestEdition.create({
      data: {
        kind: "weekly",
        period: "2026-W26",
        label: "Week 26 of 2026 (Jun 22 – Jun 28)",
        papers,
        sentAt: new Date("2026-06-22T07:00:00Z"),
      },
    });
    await db.digestEdition.create({
      data: {
        kind: "daily",
        period: "2026-06-23",
        label: "Jun 23, 2026",
        papers,
        sentAt: new Date("2026-06-23T07:00:00Z"),
      },
    });

    const { response, body } = await feed(rss, "/digests/feed.xml");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(body).not.toContain("<script>");
    const items = parser.parse(body).rss.channel.item;
    expect(items.map((item: { title: string }) => item.title)).toEqual([
      "Daily digest · Jun 23, 2026",
      "Weekly digest · Week 26 of 2026 (Jun 22 – Jun 28)",
    ]);
    expect(items[0].link).toBe(`${APP}/digests/daily/2026-06-23`);
    expect(items[0]["content:encoded"]).toContain(
      `<a href="${APP}/papers/2606.00001">A &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; title</a>`,
    );

    const atomFeed = parser.parse((await feed(atom, "/digests/atom.xml")).body).feed;
    expect(atomFeed.entry.map((entry: { link: { "@href": string }[] }) => entry.link[0]["@href"])).toEqual([
      `${APP}/digests/daily/2026-06-23`,
      `${APP}/digests/weekly/2026-W26`,
    ]);

    // Cached like the other feeds: the same feed again is a 304.
    const etag = response.headers.get("etag")!;
    const again = await rss(new Request(`${APP}/digests/feed.xml`, { headers: { "if-none-match": etag } }), undefined);
    expect(again.status).toBe(304);
  });
});
