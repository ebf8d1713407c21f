// The import pipeline against a real migrated database and the fixture servers: idempotent
// upserts, version bumps, votes kept, seed papers merged into their arXiv record, garbage that
// writes nothing, and the catch-up of missed days.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { daysToImport, importDay, importIds, runScheduledImport } from "@/lib/ingest/run";
import { titleKey, writePapers } from "@/lib/ingest/write";
import { resolvePaperAlias } from "@/lib/papers/aliases";
import { setUpvote } from "@/lib/votes/votes";
import { createMember, createPaper } from "../factories";
import { arxivRecord } from "../support/fixtures/arxiv-data";
import { hfDay, hfEntry } from "../support/fixtures/hf-data";
import { arxivSourceFor, hfSourceFor, startFixtures } from "../support/ingest";

const { arxiv, hf } = await startFixtures();

const DAY = "2026-06-22";

describe("importing a day", () => {
  it("adds every paper with its metadata and organization, and a rerun changes nothing", async () => {
    hf.days.set(DAY, hfDay(DAY, 5));
    const first = await importDay(hfSourceFor(hf, { pageSize: 2 }), DAY);
    expect(first).toMatchObject({ added: 5, updated: 0, unchanged: 0, skipped: 0, failed: 0, days: [DAY] });
    const paper = await db.paper.findUniqueOrThrow({ where: { id: "2606.30000" }, include: { organization: true } });
    expect(paper).toMatchObject({
      source: "hf",
      feedDate: DAY,
      publishedOn: "2026-06-19",
      authors: ["Grace Hopper", "Edsger Dijkstra"],
      authorCount: 2,
      importedComments: expect.any(Number),
      githubRepo: expect.stringMatching(/^https:\/\/github\.com\//),
      aiKeywords: ["retrieval", "long context", "$k$-NN"],
      organization: {
        slug: "fixture-lab",
        name: "Fixture Lab",
        avatarUrl: "https://cdn-avatars.huggingface.co/v1/fixture-lab.png",
      },
    });
    expect(paper.upvotes).toBe(paper.importedUpvotes);

    const again = await importDay(hfSourceFor(hf, { pageSize: 2 }), DAY);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5, days: [] });
    expect(await db.paper.count()).toBe(5);
    expect(await db.importRun.count({ where: { source: "hf", day: DAY, status: "succeeded" } })).toBe(2);
  });

  it("refreshes imported upvotes without touching local votes", async () => {
    hf.days.set(DAY, [hfEntry({ id: "2606.00100", upvotes: 10 })]);
    await importDay(hfSourceFor(hf), DAY);
    await setUpvote("2606.00100", "voter-a", true);
    await setUpvote("2606.00100", "voter-b", true);
    expect((await db.paper.findUniqueOrThrow({ where: { id: "2606.00100" } })).upvotes).toBe(12);

    hf.days.set(DAY, [hfEntry({ id: "2606.00100", upvotes: 25 })]);
    const rerun = await importDay(hfSourceFor(hf), DAY);
    expect(rerun).toMatchObject({ updated: 1 });
    const paper = await db.paper.findUniqueOrThrow({ where: { id: "2606.00100" } });
    expect([paper.importedUpvotes, paper.upvotes]).toEqual([25, 27]);
    expect(await db.upvote.count({ where: { paperId: "2606.00100" } })).toBe(2);
  });

  it("updates title and abstract on a new arXiv version, ignores an older one, and keeps Hugging Face's fields", async () => {
    hf.days.set(DAY, [hfEntry({ id: "2606.00200", upvotes: 4 })]);
    await importDay(hfSourceFor(hf), DAY);
    arxiv.add(arxivRecord({ id: "2606.00200", version: 1, title: "First Title", summary: "First abstract." }));
    await importIds(arxivSourceFor(arxiv), ["2606.00200"], "2026-07-01");
    arxiv.add(arxivRecord({ id: "2606.00200", version: 2, title: "Second\n  Title", summary: "Second abstract." }));

    const bump = await importIds(arxivSourceFor(arxiv), ["2606.00200"], "2026-07-01");
    expect(bump).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    const paper = await db.paper.findUniqueOrThrow({ where: { id: "2606.00200" } });
    expect(paper).toMatchObject({
      title: "Second Title",
      abstract: "Second abstract.",
      version: 2,
      feedDate: DAY,
      importedUpvotes: 4,
      source: "hf",
    });
    expect(paper.aiSummary).toMatch(/AI-written/);

    arxiv.add(arxivRecord({ id: "2606.00200", version: 1, title: "First Title", summary: "First abstract." }));
    expect(await importIds(arxivSourceFor(arxiv), ["2606.00200"], "2026-07-01")).toMatchObject({
      updated: 0,
      unchanged: 1,
    });
    // Hugging Face's copy of the text may lag behind arXiv: it does not undo the new version.
    expect(await importDay(hfSourceFor(hf), DAY)).toMatchObject({ updated: 0, unchanged: 1 });
    expect((await db.paper.findUniqueOrThrow({ where: { id: "2606.00200" } })).title).toBe("Second Title");
  });

  it("lets two imports of one day run at once without failing or adding anything twice", async () => {
    hf.days.set(DAY, hfDay(DAY, 5));
    const { papers } = await hfSourceFor(hf).fetchDay(DAY);
    // Both read the stored papers before either writes: the second finds its inserts taken.
    const writes = await Promise.all([writePapers(papers, { feedDate: DAY }), writePapers(papers, { feedDate: DAY })]);
    expect(writes[0].added + writes[1].added).toBe(5);
    expect(writes[0].unchanged + writes[1].unchanged).toBe(5);
    expect(await db.paper.count()).toBe(5);
  });

  it("puts papers fetched by id on the given day", async () => {
    arxiv.add(arxivRecord({ id: "2606.00300" }));
    const summary = await importIds(arxivSourceFor(arxiv), ["2606.00300", "2606.00301"], "2026-07-01");
    expect(summary).toMatchObject({
      added: 1,
      skipped: 1,
      skips: [{ source: "arxiv", ref: "2606.00301", reason: "arXiv does not know this id" }],
    });
    expect((await db.paper.findUniqueOrThrow({ where: { id: "2606.00300" } })).feedDate).toBe("2026-07-01");
  });

  it("imports the usable entries and reports the others with their reasons", async () => {
    hf.days.set(DAY, [
      hfEntry({ id: "2606.00400" }),
      hfEntry({ paper: { id: "" } }),
      hfEntry({ id: "2606.00401", paper: { summary: "x".repeat(20_001) } }),
    ]);
    const summary = await importDay(hfSourceFor(hf), DAY);
    expect(summary).toMatchObject({ added: 1, skipped: 2, failed: 0 });
    expect(summary.skips.map((skip) => skip.ref)).toEqual(["page 1, entry 2", "2606.00401"]);
    expect(await db.paper.findMany({ select: { id: true } })).toEqual([{ id: "2606.00400" }]);
  });

  it.each([["html"], ["truncated"]] as const)(
    "writes nothing when the second page is %s, and records the failed run",
    async (kind) => {
      hf.days.set(DAY, hfDay(DAY, 5));
      hf.failNext({ kind: "none" });
      hf.failNext({ kind });
      const summary = await importDay(hfSourceFor(hf, { pageSize: 2 }), DAY);
      expect(summary).toMatchObject({
        added: 0,
        failed: 1,
        failures: [{ source: "hf", what: DAY, error: expect.stringMatching(/^Hugging Face answered/) }],
      });
      expect(await db.paper.count()).toBe(0);
      expect(await db.importRun.findMany({ select: { status: true, error: true } })).toEqual([
        { status: "failed", error: summary.failures[0].error },
      ]);
    },
  );

  it("fails an arXiv run that stays unreachable, writing nothing", async () => {
    arxiv.add(arxivRecord({ id: "2606.00500", published: `${DAY}T10:00:00Z` }));
    arxiv.failNext({ kind: "status", status: 503 }, 3);
    const summary = await importDay(arxivSourceFor(arxiv), DAY);
    expect(summary).toMatchObject({
      failed: 1,
      failures: [{ error: expect.stringMatching(/arXiv answered HTTP 503 .*gave up after 3 attempts/) }],
    });
    expect(await db.paper.count()).toBe(0);
  });
});

describe("a seed paper that is an arXiv paper", () => {
  it("becomes one record under the arXiv id, keeping its votes, with its old id as an alias", async () => {
    const seed = await createPaper({
      id: "swiftkv-fast-prefill-optimized-inference",
      title: "SwiftKV: Fast Prefill-Optimized Inference",
      feedDate: DAY,
      upvotes: 7,
      organization: { slug: "snowflake", name: "Snowflake" },
    });
    await db.paper.update({ where: { id: seed.id }, data: { source: "seed" } });
    await setUpvote(seed.id, "voter-a", true);
    await setUpvote(seed.id, "voter-b", true);
    arxiv.add(
      arxivRecord({
        id: "2606.00600",
        title: "SwiftKV -- fast prefill optimized\n inference",
        published: `${DAY}T08:00:00Z`,
      }),
    );

    const summary = await importIds(arxivSourceFor(arxiv), ["2606.00600"], "2026-07-01");
    expect(summary).toMatchObject({ added: 0, updated: 1, merged: { [seed.id]: "2606.00600" } });
    expect(await db.paper.findUnique({ where: { id: seed.id } })).toBeNull();
    const merged = await db.paper.findUniqueOrThrow({ where: { id: "2606.00600" } });
    expect(merged).toMatchObject({
      source: "arxiv",
      feedDate: DAY,
      importedUpvotes: 7,
      upvotes: 9,
      organizationSlug: "snowflake",
      version: 1,
    });
    expect(
      await db.upvote.findMany({
        where: { paperId: "2606.00600" },
        select: { voterId: true },
        orderBy: { voterId: "asc" },
      }),
    ).toEqual([{ voterId: "voter-a" }, { voterId: "voter-b" }]);
    expect(await resolvePaperAlias(seed.id)).toBe("2606.00600");
    expect(await resolvePaperAlias("2606.00600")).toBeNull();

    // A vote on the merged paper counts on top of the kept ones; a rerun merges nothing again.
    expect(await setUpvote("2606.00600", "voter-c", true)).toMatchObject({ upvotes: 10 });
    expect(await importIds(arxivSourceFor(arxiv), ["2606.00600"], "2026-07-01")).toMatchObject({
      updated: 0,
      unchanged: 1,
      merged: {},
    });
  });

  it("keeps what the site added to the seed paper: comments, saves, collection places, an admin's hiding", async () => {
    const seed = await createPaper({ id: "quokka-survey", title: "Quokka Survey", feedDate: DAY });
    await db.paper.update({ where: { id: seed.id }, data: { source: "seed", hiddenAt: new Date(), localComments: 1 } });
    const member = await createMember();
    await db.comment.create({ data: { paperId: seed.id, authorId: member.id, body: "Lovely." } });
    await db.savedPaper.create({ data: { paperId: seed.id, userId: member.id } });
    await db.collection.create({
      data: { id: "quokkas", ownerId: member.id, name: "Quokkas", papers: { create: { paperId: seed.id } } },
    });
    arxiv.add(arxivRecord({ id: "2606.00650", title: "Quokka survey", published: `${DAY}T08:00:00Z` }));

    expect(await importIds(arxivSourceFor(arxiv), ["2606.00650"], DAY)).toMatchObject({
      merged: { [seed.id]: "2606.00650" },
    });
    const merged = await db.paper.findUniqueOrThrow({
      where: { id: "2606.00650" },
      select: {
        hiddenAt: true,
        localComments: true,
        comments: { select: { body: true } },
        savedBy: { select: { userId: true } },
        collections: { select: { collectionId: true } },
      },
    });
    expect(merged).toEqual({
      hiddenAt: expect.any(Date),
      localComments: 1,
      comments: [{ body: "Lovely." }],
      savedBy: [{ userId: member.id }],
      collections: [{ collectionId: "quokkas" }],
    });
  });

  it("is not merged when only part of the title matches", async () => {
    await createPaper({ id: "swiftkv", title: "SwiftKV", feedDate: DAY });
    arxiv.add(arxivRecord({ id: "2606.00700", title: "SwiftKV 2" }));
    expect(await importIds(arxivSourceFor(arxiv), ["2606.00700"], DAY)).toMatchObject({ added: 1, merged: {} });
    expect(await db.paper.count()).toBe(2);
  });

  it("compares titles ignoring case, accents and punctuation", () => {
    expect(titleKey("SwiftKV: Fast Prefill-Optimized Inference")).toBe(
      titleKey("swiftkv -- fast prefill optimized\n inference"),
    );
    expect(titleKey("Café Models")).toBe(titleKey("CAFE models!"));
    expect(titleKey("GPT-4o")).not.toBe(titleKey("GPT-4"));
  });
});

describe("the scheduled import", () => {
  const at = (instant: string) => new Date(instant);

  it("imports only today on its first run", async () => {
    hf.days.set(DAY, hfDay(DAY, 2));
    const summary = await runScheduledImport([hfSourceFor(hf)], { now: at(`${DAY}T06:00:00Z`) });
    expect(summary).toMatchObject({ added: 2, failed: 0 });
    expect(await db.importRun.findMany({ select: { day: true } })).toEqual([{ day: DAY }]);
  });

  it("catches up the days it missed, at most a week back, and a day last seen before it ended", async () => {
    await importDay(hfSourceFor(hf), "2026-06-10", { now: at("2026-06-11T01:00:00Z") });
    // The 18th ran only in the middle of its day; the 19th succeeded after it ended; the 20th failed.
    await db.importRun.createMany({
      data: [
        { source: "hf", day: "2026-06-18", status: "succeeded", startedAt: at("2026-06-18T12:00:00Z") },
        { source: "hf", day: "2026-06-19", status: "succeeded", startedAt: at("2026-06-20T00:30:00Z") },
        { source: "hf", day: "2026-06-20", status: "failed", startedAt: at("2026-06-21T00:30:00Z") },
      ],
    });
    expect(await daysToImport("hf", DAY)).toEqual([
      "2026-06-16",
      "2026-06-17",
      "2026-06-18",
      "2026-06-20",
      "2026-06-21",
      DAY,
    ]);
    expect(await daysToImport("arxiv", DAY)).toEqual([DAY]);

    for (const day of ["2026-06-17", "2026-06-21", DAY]) hf.days.set(day, [hfEntry({ day })]);
    const summary = await runScheduledImport([hfSourceFor(hf)], { now: at(`${DAY}T06:00:00Z`) });
    expect(summary).toMatchObject({ added: 3, failed: 0 });
    expect(summary.days).toEqual(["2026-06-17", "2026-06-21", DAY]);
    // Caught up: the next run of the day fetches today only.
    expect(await daysToImport("hf", DAY)).toEqual([DAY]);
  });
});
