import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importSeedPages } from "@/prisma/seed";

describe("importing the seed page into a migrated database", () => {
  it("stores all 58 papers on the 2026-06-22 feed, and a second run changes nothing", async () => {
    const [first] = await importSeedPages(db);
    expect(first).toMatchObject({ feedDate: "2026-06-22", total: 58, created: 58, existing: 0 });
    expect(first.incomplete).toHaveLength(4);

    const snapshot = await db.paper.findMany({ orderBy: { id: "asc" } });
    expect(snapshot).toHaveLength(58);
    expect(new Set(snapshot.map((paper) => paper.feedDate))).toEqual(new Set(["2026-06-22"]));
    expect(snapshot.reduce((sum, paper) => sum + paper.upvotes, 0)).toBe(51);

    const [second] = await importSeedPages(db);
    expect(second).toMatchObject({ created: 0, existing: 58 });
    expect(await db.paper.findMany({ orderBy: { id: "asc" } })).toEqual(snapshot);
    expect(await db.organization.count()).toBe(6);
  });

  it("stores the fields of named papers exactly", async () => {
    await importSeedPages(db);
    const lip = await db.paper.findFirstOrThrow({
      where: { title: { startsWith: "Lip Forcing" } },
      include: { organization: true },
    });
    expect(lip).toMatchObject({
      id: "lip-forcing-few-step-autoregressive-diffusion-for-real-time-lip-synchronization",
      authorCount: null,
      publishedOn: "2026-06-09",
      importedUpvotes: 2,
      upvotes: 2,
      organization: { slug: "kaist-ai", name: "KAIST AI" },
    });
    const marlin = await db.paper.findFirstOrThrow({ where: { title: { startsWith: "MARLIN" } } });
    expect(marlin).toMatchObject({ authorCount: null, publishedOn: null, organizationSlug: null, upvotes: 0 });
  });
});
