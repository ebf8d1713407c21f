import { describe, expect, it } from "vitest";
import { daySpan, parseMonth, parseWeek, today } from "@/lib/papers/dates";
import { db } from "@/lib/db/client";
import { loadFeed, resolveFeedKey, resolveFeedPage, SPAN_PAGE_SIZE } from "@/lib/papers/feed";
import { getPaper, latestFeedDate, neighbourFeedDates, papersInSpan } from "@/lib/papers/queries";
import { createPaper } from "../factories";

describe("feed data functions", () => {
  it("has no latest day while there are no papers, and then calls today the latest", async () => {
    expect(await latestFeedDate()).toBeNull();
    expect(await resolveFeedKey("date", "latest")).toMatchObject({ kind: "day", from: today() });
  });

  it("resolves a day key, and rejects a malformed one", async () => {
    expect(await resolveFeedKey("date", "2026-06-22")).toMatchObject({
      kind: "day",
      from: "2026-06-22",
      to: "2026-06-22",
    });
    expect(await resolveFeedKey("date", "2026-02-30")).toBeNull();
    expect(await resolveFeedKey("date", "Latest")).toBeNull();
  });

  it("knows no day, week or month more than a year before the first feed day or after tomorrow, so the page cache stays bounded", async () => {
    await createPaper({ feedDate: "2026-06-22" });
    const now = new Date("2026-11-28T12:00:00Z");
    expect(await resolveFeedKey("date", "2025-06-22", now)).toMatchObject({ from: "2025-06-22" });
    expect(await resolveFeedKey("date", "2025-06-21", now)).toBeNull();
    expect(await resolveFeedKey("date", "2026-11-29", now)).toMatchObject({ from: "2026-11-29" });
    expect(await resolveFeedKey("date", "2026-11-30", now)).toBeNull();
    expect(await resolveFeedKey("date", "9999-12-31", now)).toBeNull();
    expect(await resolveFeedKey("week", "2025-W25", now)).toMatchObject({ to: "2025-06-22" });
    expect(await resolveFeedKey("week", "2025-W24", now)).toBeNull();
    expect(await resolveFeedKey("week", "2026-W49", now)).toBeNull();
    expect(await resolveFeedKey("month", "2025-06", now)).toMatchObject({ from: "2025-06-01" });
    expect(await resolveFeedKey("month", "2025-05", now)).toBeNull();
    expect(await resolveFeedKey("month", "2026-11", now)).toMatchObject({ to: "2026-11-30" });
    expect(await resolveFeedKey("month", "2026-12", now)).toBeNull();
  });

  it("bounds a later page of a week or month as the first, and takes only a page number from 1", async () => {
    await createPaper({ feedDate: "2026-06-22" });
    const now = new Date("2026-11-28T12:00:00Z");
    expect(await resolveFeedPage("week", "2025-W25", "2", now)).toMatchObject({ span: { to: "2025-06-22" }, page: 2 });
    expect(await resolveFeedPage("month", "2026-11", "9999", now)).toMatchObject({
      span: { key: "2026-11" },
      page: 9999,
    });
    expect(await resolveFeedPage("week", "2025-W24", "1", now)).toBeNull();
    expect(await resolveFeedPage("week", "2026-W49", "1", now)).toBeNull();
    expect(await resolveFeedPage("month", "2025-05", "1", now)).toBeNull();
    expect(await resolveFeedPage("month", "2026-12", "1", now)).toBeNull();
    expect(await resolveFeedPage("month", "2026-13", "1", now)).toBeNull();
    for (const page of ["0", "01", "10000", "x"])
      expect(await resolveFeedPage("month", "2026-06", page, now)).toBeNull();
  });

  it("ranks a day's papers by upvotes, ties by id, and leaves other days out", async () => {
    await createPaper({ id: "b-tied", upvotes: 5 });
    await createPaper({ id: "a-tied", upvotes: 5 });
    await createPaper({ id: "top", upvotes: 9 });
    await createPaper({ id: "zero", upvotes: 0 });
    await createPaper({ id: "other-day", upvotes: 100, feedDate: "2026-06-23" });

    const papers = await papersInSpan(daySpan("2026-06-22"));
    expect(papers.map((paper) => paper.id)).toEqual(["top", "a-tied", "b-tied", "zero"]);
  });

  it("finds the nearest days with papers on either side, skipping empty days", async () => {
    await createPaper({ feedDate: "2026-06-10" });
    await createPaper({ feedDate: "2026-06-22" });
    await createPaper({ feedDate: "2026-07-02" });

    expect(await neighbourFeedDates("2026-06-22")).toEqual({ previous: "2026-06-10", next: "2026-07-02" });
    expect(await neighbourFeedDates("2026-06-15")).toEqual({ previous: "2026-06-10", next: "2026-06-22" });
    expect(await neighbourFeedDates("2026-06-10")).toEqual({ previous: null, next: "2026-06-22" });
    expect(await latestFeedDate()).toBe("2026-07-02");
    expect(await resolveFeedKey("date", "latest")).toMatchObject({ from: "2026-07-02" });
  });

  it("ranks a week and a month across their days, with adjacent spans as neighbours", async () => {
    await createPaper({ id: "monday", feedDate: "2026-06-22", upvotes: 1 });
    await createPaper({ id: "sunday", feedDate: "2026-06-28", upvotes: 3 });
    await createPaper({ id: "next-monday", feedDate: "2026-06-29", upvotes: 7 });
    await createPaper({ id: "july", feedDate: "2026-07-01", upvotes: 9 });

    const week = (await loadFeed(parseWeek("2026-W26")!))!;
    expect(week.papers.map((paper) => paper.id)).toEqual(["sunday", "monday"]);
    expect(week).toMatchObject({ previous: "2026-W25", next: "2026-W27" });

    const month = (await loadFeed(parseMonth("2026-06")!))!;
    expect(month.papers.map((paper) => paper.id)).toEqual(["next-monday", "sunday", "monday"]);
    expect(month).toMatchObject({ previous: "2026-05", next: "2026-07" });
  });

  it("pages a week and a month by SPAN_PAGE_SIZE, most upvoted first; a day is one page", async () => {
    const count = SPAN_PAGE_SIZE * 2 + 7;
    await db.paper.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        id: `p-${String(i).padStart(3, "0")}`,
        title: `P ${i}`,
        abstract: ".",
        feedDate: "2026-06-23",
        upvotes: i,
        importedUpvotes: i,
      })),
    });
    const pages = await Promise.all([0, 1, 2].map((page) => loadFeed(parseWeek("2026-W26")!, page)));
    expect(pages.map((page) => [page!.papers.length, page!.page, page!.pages])).toEqual([
      [SPAN_PAGE_SIZE, 0, 3],
      [SPAN_PAGE_SIZE, 1, 3],
      [7, 2, 3],
    ]);
    const ids = pages.flatMap((page) => page!.papers.map((paper) => paper.id));
    expect(ids).toEqual(Array.from({ length: count }, (_, i) => `p-${String(count - 1 - i).padStart(3, "0")}`));
    expect(await loadFeed(parseWeek("2026-W26")!, 3)).toBeNull();
    expect((await loadFeed(parseMonth("2026-06")!, 2))!.papers.map((paper) => paper.id)).toEqual(
      ids.slice(SPAN_PAGE_SIZE * 2),
    );
    expect(await loadFeed(daySpan("2026-06-23"), 1)).toBeNull();
    expect((await loadFeed(daySpan("2026-06-23")))!.papers).toHaveLength(count);
    // An empty week or month is one empty page, not a 404.
    expect(await loadFeed(parseWeek("2026-W30")!)).toMatchObject({ papers: [], page: 0, pages: 1 });
  });

  it("reads one paper with its organization and author names", async () => {
    await createPaper({
      id: "2406.12345",
      authors: ["Ada Lovelace", "Alan Turing"],
      organization: { slug: "kaist-ai", name: "KAIST AI" },
    });
    expect(await getPaper("2406.12345")).toMatchObject({
      id: "2406.12345",
      authors: ["Ada Lovelace", "Alan Turing"],
      organization: { slug: "kaist-ai", name: "KAIST AI" },
    });
    expect(await getPaper("missing")).toBeNull();
  });
});
